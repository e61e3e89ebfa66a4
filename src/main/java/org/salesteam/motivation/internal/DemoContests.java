package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.salesteam.platform.PrincipalSource;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three demo contests, once, while there are none: two of last quarter, finished — a
 * four-week contest on sales in brackets of similar potential with tiers, and a two-week
 * end-of-quarter push for the single top seller (the kind that moves sales in time) — and
 * one running now for every team with both support staff. Their figures are those of the
 * demo orders, computed on read; the orders of the two finished ones are shaped first
 * (ADR 0039) so that their evaluations show the contrast a manager should learn from:
 * <ul>
 * <li>the four-week contest WORKED: before at its baseline, during {@link #WORKED_LIFT}
 * above it, after {@link #WORKED_AFTER} above it (no dip), the margin rate during not
 * below last year's — EFFECTIVE;</li>
 * <li>the push only MOVED sales: before at its baseline, the first week of the contest at
 * the baseline's pace, its last week carrying {@link #SHIFT} × the window's baseline
 * more, and exactly that much missing from the two weeks after — LIFT +0.2, POST_DIP
 * below zero, net ≈ 0, ROI ≈ −1: NOT_EFFECTIVE.</li>
 * </ul>
 * The push's baseline depends on the company trend over the 90 days before it, which the
 * first contest's windows are part of, so the first is shaped before the second is read.
 */
@Component
@Order(97)
class DemoContests implements ApplicationRunner {

	static final BigDecimal WORKED_LIFT = new BigDecimal("0.25");

	static final BigDecimal WORKED_AFTER = new BigDecimal("0.02");

	static final BigDecimal SHIFT = new BigDecimal("0.20");

	private final ContestRepository contests;

	private final ContestEvaluation evaluation;

	private final DemoContestOrders orders;

	private final PrincipalSource principals;

	private final TeamDirectory directory;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean enabled;

	DemoContests(ContestRepository contests, ContestEvaluation evaluation, DemoContestOrders orders,
			PrincipalSource principals, TeamDirectory directory, TransactionTemplate transaction, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.contests = contests;
		this.evaluation = evaluation;
		this.orders = orders;
		this.principals = principals;
		this.directory = directory;
		this.transaction = transaction;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			TeamDirectory.Member director = this.directory.findMemberByUsername("director").orElse(null);
			if (this.contests.count() > 0 || director == null) {
				return;
			}
			Set<Long> teams = new TreeSet<>();
			this.directory.allTeams()
				.stream()
				.filter(TeamDirectory.TeamSummary::active)
				.forEach((t) -> teams.add(t.id()));
			// the worked contest leaves the last team out: its reps are the control group
			// (ADR 0046)
			Set<Long> grouped = new TreeSet<>(teams);
			if (grouped.size() > 1) {
				grouped.remove(((TreeSet<Long>) grouped).last());
			}
			LocalDate today = LocalDate.now(this.clock);
			LocalDate quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
			LocalDate lastQuarter = quarter.minusMonths(3);
			Contest worked = save(director.id(),
					draft("上季度分组冲刺赛", "新客户与老客户增量：同潜力分组比拼", lastQuarter.plusDays(5), lastQuarter.plusDays(32),
							"BRACKETED", "TIERS", null,
							new ContestDraft.Tiers(new BigDecimal("50000"), new BigDecimal("80000"),
									new BigDecimal("120000")),
							new BigDecimal("12000"), List.of()),
					grouped, Set.of(), true);
			Contest push = save(director.id(), draft("季末冲量赛", "季末最后两周冲销售额", quarter.minusDays(14), quarter.minusDays(1),
					"ABSOLUTE", "TOP_N", 1, null, new BigDecimal("20000"), List.of()), teams, Set.of(), true);
			save(director.id(),
					draft("年末服务与销售联动赛", "年底冲刺：销售与支持人员一起争取老客户复购", today.minusDays(10), today.plusDays(17), "BRACKETED",
							"TIERS", null,
							new ContestDraft.Tiers(new BigDecimal("40000"), new BigDecimal("70000"),
									new BigDecimal("100000")),
							new BigDecimal("15000"), List.of("director", "manager1")),
					teams, Set.of("support1", "support2"), true);
			UserPrincipal viewer = this.principals.reload(director.id()).orElseThrow();
			shapeWorked(viewer, worked, today);
			shapeShifted(viewer, push, today);
		});
	}

	private void shapeWorked(UserPrincipal viewer, Contest contest, LocalDate today) {
		ContestEvaluation.Evaluation before = this.evaluation.evaluate(contest);
		BigDecimal[] factors = { BigDecimal.ONE, BigDecimal.ONE.add(WORKED_LIFT), BigDecimal.ONE.add(WORKED_AFTER) };
		BigDecimal lift = (before.marginChange() != null && before.marginChange().signum() < 0)
				? before.marginChange().negate().add(new BigDecimal("0.005")) : BigDecimal.ZERO;
		for (int i = 0; i < 3; i++) {
			ContestEvaluation.Window window = before.windows().get(i);
			this.orders.scale(viewer, contest.getReps(), window.from(), window.to(),
					window.baseline().multiply(factors[i]), (i == 1) ? lift : BigDecimal.ZERO, today);
		}
	}

	private void shapeShifted(UserPrincipal viewer, Contest contest, LocalDate today) {
		ContestEvaluation.Evaluation before = this.evaluation.evaluate(contest);
		ContestEvaluation.Window pre = before.windows().get(0);
		ContestEvaluation.Window during = before.windows().get(1);
		ContestEvaluation.Window after = before.windows().get(2);
		BigDecimal moved = during.baseline().multiply(SHIFT);
		LocalDate lastWeek = during.to().minusDays(6);
		BigDecimal firstPart = this.evaluation.sales(contest, during.from(), lastWeek.minusDays(1));
		BigDecimal firstTarget = (during.actual().signum() > 0)
				? firstPart.multiply(during.baseline()).divide(during.actual(), 2, RoundingMode.HALF_UP)
				: BigDecimal.ZERO;
		this.orders.scale(viewer, contest.getReps(), pre.from(), pre.to(), pre.baseline(), BigDecimal.ZERO, today);
		this.orders.scale(viewer, contest.getReps(), during.from(), lastWeek.minusDays(1), firstTarget, BigDecimal.ZERO,
				today);
		this.orders.scale(viewer, contest.getReps(), lastWeek, during.to(),
				during.baseline().add(moved).subtract(firstTarget), BigDecimal.ZERO, today);
		this.orders.scale(viewer, contest.getReps(), after.from(), after.to(), after.baseline().subtract(moved),
				BigDecimal.ZERO, today);
	}

	private static ContestDraft draft(String name, String theme, LocalDate from, LocalDate to, String scoring,
			String prizeMode, Integer topN, ContestDraft.Tiers tiers, BigDecimal cost, List<String> committee) {
		return new ContestDraft(name, theme, "SALES", from, to, 3, scoring, prizeMode, topN, null, tiers, "奖金与荣誉证书",
				cost, cost, "按订单日期计入，取消订单扣除；结果在宽限期结束后公布。", new BigDecimal("0.2"), null, committee, Map.of());
	}

	private Contest save(long owner, ContestDraft draft, Set<Long> teams, Set<String> support, boolean launched) {
		Set<String> reps = new TreeSet<>();
		this.directory.membersOf(teams).forEach((member) -> reps.add(member.username()));
		Contest contest = new Contest(owner);
		contest.apply(draft, teams, reps, support, false);
		if (launched) {
			contest.launch(draft.from().minusDays(7).atStartOfDay(ZoneId.systemDefault()).toInstant(), null);
		}
		return this.contests.save(contest);
	}

}
