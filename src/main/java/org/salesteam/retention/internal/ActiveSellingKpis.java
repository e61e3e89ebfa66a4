package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiContributor;
import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.KpiValue;

import org.springframework.stereotype.Component;

/**
 * {@code ACTIVE_VISIT_SHARE} in the engine's catalogue (ADR 0050): the active visits ÷
 * the completed visits of the period ({@link ActiveSelling}) of the company, a team's
 * reps (by their current team) or a rep; undefined on territory, segment and account
 * scopes and without visits.
 */
@Component
class ActiveSellingKpis implements KpiContributor {

	static final String ACTIVE_VISIT_SHARE = "ACTIVE_VISIT_SHARE";

	private static final List<KpiDefinition> DEFINITIONS = List
		.of(new KpiDefinition(ACTIVE_VISIT_SHARE, KpiUnit.PERCENT, true, true));

	private final ActiveSelling selling;

	ActiveSellingKpis(ActiveSelling selling) {
		this.selling = selling;
	}

	@Override
	public List<KpiDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public KpiValue value(KpiDefinition definition, KpiScope scope, KpiPeriod period) {
		String condition = switch (scope.kind()) {
			case COMPANY -> "1 = 1";
			case TEAM -> "v.rep_id in (select u.id from app_user u where u.team_id = :scopeKey)";
			case REP -> "v.rep_id = (select u.id from app_user u where u.username = :scopeKey)";
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
		long visits = 0;
		long active = 0;
		for (ActiveSelling.VisitCount count : this.selling
			.visits(condition, Map.of("scopeKey", key), period.from(), period.to())
			.values()) {
			visits += count.visits();
			active += count.active();
		}
		BigDecimal value = (visits == 0) ? null
				: BigDecimal.valueOf(active).divide(BigDecimal.valueOf(visits), 6, RoundingMode.HALF_UP);
		return new KpiValue(definition.code(), value, BigDecimal.valueOf(active), BigDecimal.valueOf(visits),
				definition.unit());
	}

}
