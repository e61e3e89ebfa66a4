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
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The coaching KPIs in the engine's catalogue, for the reps of a company, team or rep
 * scope (the active reps of the teams; undefined on territory and account scopes, which
 * coaching does not belong to). A session counts when it is complete (reviewed) in the
 * period and not a joint call:
 * <ul>
 * <li>{@code COACHING_SESSIONS} = such sessions of the scope's reps;</li>
 * <li>{@code COACHING_COVERAGE} = the scope's reps with at least one ÷ the scope's
 * reps;</li>
 * <li>{@code KNOWLEDGE_READINESS} = required knowledge items done ÷ required items, over
 * the scope's reps, on the period's last day (today for a period not over).</li>
 * </ul>
 */
@Component
class CoachingKpis implements KpiContributor {

	static final String COACHING_SESSIONS = "COACHING_SESSIONS";

	static final String COACHING_COVERAGE = "COACHING_COVERAGE";

	static final String KNOWLEDGE_READINESS = "KNOWLEDGE_READINESS";

	private static final List<KpiDefinition> DEFINITIONS = List.of(
			new KpiDefinition(COACHING_SESSIONS, KpiUnit.COUNT, true, false),
			new KpiDefinition(COACHING_COVERAGE, KpiUnit.PERCENT, true, true),
			new KpiDefinition(KNOWLEDGE_READINESS, KpiUnit.PERCENT, true, true));

	private final JdbcClient jdbc;

	private final TeamDirectory directory;

	private final KnowledgeChecklist knowledge;

	private final Clock clock;

	CoachingKpis(JdbcClient jdbc, TeamDirectory directory, KnowledgeChecklist knowledge, Clock clock) {
		this.knowledge = knowledge;
		this.clock = clock;
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	public List<KpiDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public KpiValue value(KpiDefinition definition, KpiScope scope, KpiPeriod period) {
		List<Long> reps = reps(scope);
		if (reps == null) {
			return new KpiValue(definition.code(), null, null, null, definition.unit());
		}
		if (KNOWLEDGE_READINESS.equals(definition.code())) {
			LocalDate today = LocalDate.now(this.clock);
			long[] counts = this.knowledge.doneAndRequired(reps, period.to().isAfter(today) ? today : period.to());
			return new KpiValue(definition.code(), KnowledgeChecklist.readiness(counts[0], counts[1]),
					BigDecimal.valueOf(counts[0]), BigDecimal.valueOf(counts[1]), definition.unit());
		}
		if (COACHING_SESSIONS.equals(definition.code())) {
			BigDecimal sessions = BigDecimal.valueOf(reps.isEmpty() ? 0 : count("count(*)", reps, period));
			return new KpiValue(definition.code(), sessions, sessions, null, definition.unit());
		}
		BigDecimal coached = BigDecimal.valueOf(reps.isEmpty() ? 0 : count("count(distinct s.rep_id)", reps, period));
		BigDecimal all = BigDecimal.valueOf(reps.size());
		BigDecimal value = reps.isEmpty() ? null : coached.divide(all, 6, RoundingMode.HALF_UP);
		return new KpiValue(definition.code(), value, coached, all, definition.unit());
	}

	private long count(String what, List<Long> reps, KpiPeriod period) {
		return this.jdbc.sql("select " + what + """
				 from coaching_session s
				where s.rep_id in (:reps) and s.step = 'DONE' and not s.joint_call
				  and s.completed_on between :from and :to""")
			.param("reps", reps)
			.param("from", period.from())
			.param("to", period.to())
			.query(Long.class)
			.single();
	}

	/** The scope's reps; {@code null} for a scope coaching KPIs do not apply to. */
	private List<Long> reps(KpiScope scope) {
		return switch (scope.kind()) {
			case COMPANY -> ids(this.directory.membersOf(this.directory.allTeams()
				.stream()
				.filter(TeamDirectory.TeamSummary::active)
				.map(TeamDirectory.TeamSummary::id)
				.toList()));
			case TEAM -> ids(this.directory.membersOf(scope.teamId()));
			case REP -> this.directory.findMemberByUsername(scope.key()).map((m) -> List.of(m.id())).orElse(List.of());
			default -> null;
		};
	}

	private static List<Long> ids(List<TeamDirectory.Member> members) {
		return members.stream().map(TeamDirectory.Member::id).toList();
	}

}
