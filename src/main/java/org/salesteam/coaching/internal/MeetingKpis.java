package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.performance.KpiContributor;
import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.KpiValue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code MEETING_ACTION_CLOSURE} in the engine's catalogue ({@link MeetingClosure}): the
 * company's actions, a team's (the actions of the meetings held for the team) or a
 * person's (the actions they own); undefined on territory and account scopes and when
 * nothing is due.
 */
@Component
class MeetingKpis implements KpiContributor {

	static final String MEETING_ACTION_CLOSURE = "MEETING_ACTION_CLOSURE";

	private static final List<KpiDefinition> DEFINITIONS = List
		.of(new KpiDefinition(MEETING_ACTION_CLOSURE, KpiUnit.PERCENT, true, true));

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingKpis(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<KpiDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public KpiValue value(KpiDefinition definition, KpiScope scope, KpiPeriod period) {
		String condition = switch (scope.kind()) {
			case COMPANY -> "1 = 1";
			case TEAM -> "m.team_id = :key";
			case REP -> "x.owner_id = (select u.id from app_user u where u.username = :key)";
			default -> null;
		};
		if (condition == null) {
			return new KpiValue(definition.code(), null, null, null, definition.unit());
		}
		Object key = switch (scope.kind()) {
			case TEAM -> scope.teamId();
			case REP -> scope.key();
			default -> 0;
		};
		List<MeetingClosure.Dates> actions = this.jdbc.sql("""
				select x.due_on, x.closed_on from sales_meeting_action x join sales_meeting m on m.id = x.meeting_id
				where x.due_on between :from and :to and\s""" + condition)
			.param("from", period.from())
			.param("to", period.to())
			.param("key", key)
			.query(MeetingClosure.Dates.class)
			.list();
		long[] counts = MeetingClosure.count(actions, period.from(), period.to(), LocalDate.now(this.clock));
		BigDecimal value = (counts[1] == 0) ? null
				: BigDecimal.valueOf(counts[0]).divide(BigDecimal.valueOf(counts[1]), 6, RoundingMode.HALF_UP);
		return new KpiValue(definition.code(), value, BigDecimal.valueOf(counts[0]), BigDecimal.valueOf(counts[1]),
				definition.unit());
	}

}
