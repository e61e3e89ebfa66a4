package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.motivation.ContestStatus;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评价竞赛的有效程度 (ADR 0032): the participating reps' sales in three windows of the contest's
 * length — before, during, after — against a baseline per window: the participants' same
 * window a year earlier × the control group's change over the year when the control group
 * is enough ({@link ControlGroups}: at least three comparable reps not taking part, with
 * year-earlier sales in every window; {@code CONTROL_GROUP}, ADR 0053), otherwise × the
 * company's trend (company sales in the 90 days before the first window ÷ the same days a
 * year earlier; 1 when undefined; {@code COMPANY_TREND}). Support staff are left out of
 * the money: their accounts' sales are the reps' sales. Side effects: the margin rate's
 * and the cancellation rate's change during the contest against a year earlier, and the
 * share of the contest's sales in its last 10 % of days (end-loading). The figures are
 * there in every state; the verdict is PENDING until the window after is over. With a
 * control group each window also compares the participants' change over a year with the
 * group's (ADR 0046).
 */
@Service
public class ContestEvaluation {

	private static final KpiViewer EVALUATION = KpiViewer.system("contest evaluation");

	private static final List<String> CODES = List.of(Kpis.Codes.SALES, Kpis.Codes.PROFIT,
			Kpis.Codes.ORDER_CANCELLATION_RATE);

	static final int TREND_DAYS = 90;

	/** The baseline is the year earlier × the control group's change (ADR 0053). */
	public static final String CONTROL_GROUP = "CONTROL_GROUP";

	/** The baseline is the year earlier × the company's trend. */
	public static final String COMPANY_TREND = "COMPANY_TREND";

	/**
	 * One of the three windows: BEFORE, DURING, AFTER; {@code control} compares the
	 * participants' change over a year with the control group's (ADR 0046).
	 */
	public record Window(String name, LocalDate from, LocalDate to, BigDecimal actual, BigDecimal baseline,
			BigDecimal change, ControlComparison control) {
	}

	/**
	 * {@code controlReps}: the size of the control group, 0 when too small to use;
	 * {@code baselineMethod}: {@link #CONTROL_GROUP} or {@link #COMPANY_TREND}.
	 */
	public record Evaluation(Contest contest, ContestStatus status, EffectFigures figures, List<Window> windows,
			BigDecimal trend, BigDecimal marginRate, BigDecimal marginChange, BigDecimal cancellationChange,
			BigDecimal endLoadingShare, int controlReps, String baselineMethod) {
	}

	private final ContestAccess access;

	private final ContestPeople people;

	private final Kpis kpis;

	private final ControlGroups controlGroups;

	private final Clock clock;

	ContestEvaluation(ContestAccess access, ContestPeople people, Kpis kpis, ControlGroups controlGroups, Clock clock) {
		this.controlGroups = controlGroups;
		this.access = access;
		this.people = people;
		this.kpis = kpis;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Evaluation evaluate(UserPrincipal user, long id) {
		return evaluate(this.access.visible(user, id));
	}

	Evaluation evaluate(Contest contest) {
		List<VisibleScope> reps = reps(contest);
		long days = contest.days();
		KpiPeriod during = contest.period();
		KpiPeriod[] periods = { new KpiPeriod(during.from().minusDays(days), during.from().minusDays(1)), during,
				new KpiPeriod(during.to().plusDays(1), during.to().plusDays(days)) };
		BigDecimal trend = trend(periods[0].from());
		String[] names = { "BEFORE", "DURING", "AFTER" };
		BigDecimal[] actual = new BigDecimal[3];
		BigDecimal[] baseline = new BigDecimal[3];
		Totals[] now = new Totals[3];
		Totals[] lastYear = new Totals[3];
		List<Window> windows = new ArrayList<>();
		ControlGroups.ControlGroup control = this.controlGroups.of(contest, List.of(periods));
		for (int i = 0; i < 3; i++) {
			now[i] = totals(reps, periods[i]);
			lastYear[i] = totals(reps, periods[i].lastYear());
			actual[i] = now[i].sales();
			baseline[i] = control.enough() ? control.baseline(i, lastYear[i].sales())
					: lastYear[i].sales().multiply(trend).setScale(2, RoundingMode.HALF_UP);
			ControlComparison comparison = (control.reps() == 0) ? ControlComparison.NONE : ControlComparison
				.of(actual[i], lastYear[i].sales(), control.now().get(i), control.lastYear().get(i));
			windows.add(new Window(names[i], periods[i].from(), periods[i].to(), actual[i], baseline[i],
					EffectFigures.change(actual[i], baseline[i]), comparison));
		}
		Totals all = now[0].plus(now[1]).plus(now[2]);
		BigDecimal marginRate = ratio(all.profit(), all.sales());
		BigDecimal marginChange = difference(ratio(now[1].profit(), now[1].sales()),
				ratio(lastYear[1].profit(), lastYear[1].sales()));
		BigDecimal cancellationChange = difference(ratio(now[1].cancelled(), now[1].orders()),
				ratio(lastYear[1].cancelled(), lastYear[1].orders()));
		long tail = Math.max(1, (days + 9) / 10);
		BigDecimal endLoading = ratio(totals(reps, new KpiPeriod(during.to().minusDays(tail - 1), during.to())).sales(),
				now[1].sales());
		boolean complete = LocalDate.now(this.clock).isAfter(periods[2].to());
		EffectFigures figures = EffectFigures.of(actual, baseline, marginRate, contest.getPrizeCost(), marginChange,
				complete);
		return new Evaluation(contest, contest.status(LocalDate.now(this.clock)), figures, windows, trend, marginRate,
				marginChange, cancellationChange, endLoading, control.reps(),
				control.enough() ? CONTROL_GROUP : COMPANY_TREND);
	}

	/** The participating reps' sales from {@code from} to {@code to}. */
	BigDecimal sales(Contest contest, LocalDate from, LocalDate to) {
		return totals(reps(contest), new KpiPeriod(from, to)).sales();
	}

	private List<VisibleScope> reps(Contest contest) {
		List<KpiScope> scopes = this.people.of(contest)
			.stream()
			.filter((person) -> !person.support())
			.map((person) -> KpiScope.rep(person.username()))
			.toList();
		return this.kpis.checkAll(EVALUATION, scopes);
	}

	/** The participants' sums in a window. */
	record Totals(BigDecimal sales, BigDecimal profit, BigDecimal cancelled, BigDecimal orders) {

		Totals plus(Totals other) {
			return new Totals(this.sales.add(other.sales), this.profit.add(other.profit),
					this.cancelled.add(other.cancelled), this.orders.add(other.orders));
		}

	}

	private Totals totals(List<VisibleScope> reps, KpiPeriod period) {
		BigDecimal sales = BigDecimal.ZERO;
		BigDecimal profit = BigDecimal.ZERO;
		BigDecimal cancelled = BigDecimal.ZERO;
		BigDecimal orders = BigDecimal.ZERO;
		if (!reps.isEmpty()) {
			for (List<KpiValue> values : this.kpis.computeEach(reps, period, CODES)) {
				sales = sales.add(zero(values.get(0).value()));
				profit = profit.add(zero(values.get(1).value()));
				cancelled = cancelled.add(zero(values.get(2).numerator()));
				orders = orders.add(zero(values.get(2).denominator()));
			}
		}
		return new Totals(sales, profit, cancelled, orders);
	}

	private BigDecimal trend(LocalDate before) {
		VisibleScope company = this.kpis.check(EVALUATION, KpiScope.company());
		KpiPeriod span = new KpiPeriod(before.minusDays(TREND_DAYS), before.minusDays(1));
		BigDecimal recent = this.kpis.compute(company, span, Kpis.Codes.SALES).value();
		BigDecimal earlier = this.kpis.compute(company, span.lastYear(), Kpis.Codes.SALES).value();
		BigDecimal trend = (recent != null) ? ratio(recent, earlier) : null;
		return (trend != null && trend.signum() > 0) ? trend : BigDecimal.ONE;
	}

	private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
		return (a == null || b == null || b.signum() == 0) ? null : a.divide(b, 4, RoundingMode.HALF_UP);
	}

	private static BigDecimal difference(BigDecimal a, BigDecimal b) {
		return (a == null || b == null) ? null : a.subtract(b);
	}

	private static BigDecimal zero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
