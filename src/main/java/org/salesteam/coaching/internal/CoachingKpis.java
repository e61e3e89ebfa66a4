package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
		return values(List.of(definition), scope, period).get(0);
	}

	/**
	 * All the asked coaching KPIs of one scope and period from one read of the scope's
	 * reps, one count of the sessions (both session KPIs) and one of the checklist.
	 */
	@Override
	public List<KpiValue> values(List<KpiDefinition> asked, KpiScope scope, KpiPeriod period) {
		List<Long> reps = reps(scope);
		if (reps == null) {
			return asked.stream()
				.map((definition) -> new KpiValue(definition.code(), null, null, null, definition.unit()))
				.toList();
		}
		boolean sessionsAsked = asked.stream().anyMatch((d) -> !KNOWLEDGE_READINESS.equals(d.code()));
		long[] sessions = (sessionsAsked && !reps.isEmpty()) ? sessions(reps, period) : new long[] { 0, 0 };
		List<KpiValue> values = new ArrayList<>();
		for (KpiDefinition definition : asked) {
			values.add(switch (definition.code()) {
				case KNOWLEDGE_READINESS -> readiness(definition, reps, period);
				case COACHING_SESSIONS -> new KpiValue(definition.code(), BigDecimal.valueOf(sessions[0]),
						BigDecimal.valueOf(sessions[0]), null, definition.unit());
				default -> coverage(definition, reps, sessions[1]);
			});
		}
		return values;
	}

	private KpiValue readiness(KpiDefinition definition, List<Long> reps, KpiPeriod period) {
		LocalDate today = LocalDate.now(this.clock);
		long[] counts = this.knowledge.doneAndRequired(reps, period.to().isAfter(today) ? today : period.to());
		return new KpiValue(definition.code(), KnowledgeChecklist.readiness(counts[0], counts[1]),
				BigDecimal.valueOf(counts[0]), BigDecimal.valueOf(counts[1]), definition.unit());
	}

	private static KpiValue coverage(KpiDefinition definition, List<Long> reps, long coachedReps) {
		BigDecimal coached = BigDecimal.valueOf(coachedReps);
		BigDecimal all = BigDecimal.valueOf(reps.size());
		BigDecimal value = reps.isEmpty() ? null : coached.divide(all, 6, RoundingMode.HALF_UP);
		return new KpiValue(definition.code(), value, coached, all, definition.unit());
	}

	/** The completed sessions of the reps in the period, and how many reps had one. */
	private long[] sessions(List<Long> reps, KpiPeriod period) {
		return this.jdbc.sql("""
				select count(*), count(distinct s.rep_id) from coaching_session s
				where s.rep_id in (:reps) and s.step = 'DONE' and not s.joint_call
				  and s.completed_on between :from and :to""")
			.param("reps", reps)
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
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
