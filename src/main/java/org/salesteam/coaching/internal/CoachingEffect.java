package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coaching effect on a chosen KPI ({@link EffectRules}: growth rates for amounts and
 * counts, points for per-cent KPIs) over the completed coaching sessions (not joint
 * calls) of the reps the user coaches whose 8 weeks after are over: before = the 8 weeks
 * (56 days) up to the day before the session's review, after = the 56 days from that day.
 * A rep's uncoached peers are the other active reps of the team without a completed
 * session in those 16 weeks. Values come from {@link Kpis} for the user
 * ({@code Kpis.check}), so the rights are the KPI rights. (ADR 0038)
 */
@Service
public class CoachingEffect {

	static final int WINDOW_DAYS = 56;

	/**
	 * The KPIs a coach can choose on the page: what a debrief can move, money first (the
	 * demo chooses its coached visits by them, {@link DemoCoachedDays}).
	 */
	public static final List<String> CHOICES = List.of(Kpis.Codes.SALES, Kpis.Codes.PROFIT, Kpis.Codes.MARGIN_RATE,
			Kpis.Codes.SALES_PER_VISIT, Kpis.Codes.WIN_RATE, Kpis.Codes.VISITS, Kpis.Codes.PROSPECT_VISIT_SHARE,
			Kpis.Codes.NEW_CUSTOMERS);

	/** One session's part of the effect. */
	public record SessionRow(long sessionId, String rep, String repName, LocalDate completedOn, BigDecimal repChange,
			BigDecimal peerChange, int peers, BigDecimal effect) {
	}

	/**
	 * The effect on the KPI and the number of sessions it rests on. Changes are
	 * fractions: growth rates when {@code growth} (amounts, counts, minutes: 0.05 = grew
	 * 5 % more than the peers), else differences of a per-cent KPI (0.05 = 5 points).
	 */
	public record Effect(String kpi, KpiUnit unit, boolean growth, boolean higherIsBetter, BigDecimal effect,
			int sessions, List<SessionRow> rows) {
	}

	private record Done(long id, long repId, LocalDate completedOn) {
	}

	private final CoachingAccess access;

	private final Kpis kpis;

	private final JdbcClient jdbc;

	private final Clock clock;

	CoachingEffect(CoachingAccess access, Kpis kpis, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.kpis = kpis;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Effect of(UserPrincipal user, String kpi) {
		String code = (kpi == null || kpi.isBlank()) ? Kpis.Codes.SALES : kpi.trim();
		KpiDefinition definition = this.kpis.catalog()
			.stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> BusinessRuleException.onField("kpi", "coaching.effect.error.kpi", code));
		List<TeamDirectory.Member> reps = this.access.coachable(user);
		if (reps.isEmpty()) {
			throw new AccessDeniedException("coaches nobody");
		}
		Map<Long, TeamDirectory.Member> byId = reps.stream()
			.collect(Collectors.toMap(TeamDirectory.Member::id, Function.identity()));
		boolean growth = definition.unit() != KpiUnit.PERCENT;
		LocalDate lastDay = LocalDate.now(this.clock).minusDays(WINDOW_DAYS);
		List<Done> all = this.jdbc.sql("""
				select s.id, s.rep_id, s.completed_on from coaching_session s
				where s.rep_id in (:reps) and s.step = 'DONE' and not s.joint_call and s.completed_on is not null
				order by s.completed_on, s.id""").param("reps", byId.keySet()).query(Done.class).list();
		List<SessionRow> rows = new ArrayList<>();
		List<EffectRules.SessionEffect> effects = new ArrayList<>();
		for (Done session : all) {
			if (session.completedOn().isAfter(lastDay)) {
				continue;
			}
			TeamDirectory.Member rep = byId.get(session.repId());
			LocalDate day = session.completedOn();
			List<TeamDirectory.Member> peers = reps.stream()
				.filter((m) -> m.id() != rep.id() && m.active() && java.util.Objects.equals(m.teamId(), rep.teamId()))
				.filter((m) -> all.stream()
					.noneMatch((s) -> s.repId() == m.id() && !s.completedOn().isBefore(day.minusDays(WINDOW_DAYS))
							&& s.completedOn().isBefore(day.plusDays(WINDOW_DAYS))))
				.toList();
			List<TeamDirectory.Member> people = new ArrayList<>(List.of(rep));
			people.addAll(peers);
			List<EffectRules.Change> changes = changes(user, people, day, code, growth);
			EffectRules.SessionEffect effect = EffectRules.session(changes.get(0), changes.subList(1, changes.size()));
			effects.add(effect);
			rows.add(new SessionRow(session.id(), rep.username(), rep.displayName(), day, effect.repChange(),
					effect.peerChange(), effect.peers(), effect.effect()));
		}
		EffectRules.Overall overall = EffectRules.overall(effects);
		return new Effect(code, definition.unit(), growth, definition.higherIsBetter(), overall.effect(),
				overall.sessions(), rows);
	}

	private List<EffectRules.Change> changes(UserPrincipal user, List<TeamDirectory.Member> people, LocalDate day,
			String code, boolean growth) {
		List<VisibleScope> scopes = this.kpis.checkAll(KpiViewer.of(user),
				people.stream().map((m) -> KpiScope.rep(m.username())).toList());
		List<List<KpiValue>> before = this.kpis.computeEach(scopes,
				new KpiPeriod(day.minusDays(WINDOW_DAYS), day.minusDays(1)), List.of(code));
		List<List<KpiValue>> after = this.kpis.computeEach(scopes, new KpiPeriod(day, day.plusDays(WINDOW_DAYS - 1)),
				List.of(code));
		List<EffectRules.Change> changes = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			changes.add(new EffectRules.Change(before.get(i).get(0).value(), after.get(i).get(0).value(), growth));
		}
		return changes;
	}

}
