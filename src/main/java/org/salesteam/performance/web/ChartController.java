package org.salesteam.performance.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.VisibleScope;
import org.salesteam.performance.KpiTargets;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.internal.Breakdowns;
import org.salesteam.performance.internal.Targets;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /performance/charts/*}: the dashboard's charts as ECharts options (JSON), read
 * by {@code app.js} for every element with {@code data-chart-url}. Labels are translated
 * here; the scope must be visible.
 */
@RestController
class ChartController {

	private final Kpis kpis;

	private final Breakdowns breakdowns;

	private final Targets targets;

	private final MessageSource messages;

	private final Clock clock;

	ChartController(Kpis kpis, Breakdowns breakdowns, Targets targets, MessageSource messages, Clock clock) {
		this.kpis = kpis;
		this.breakdowns = breakdowns;
		this.targets = targets;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Sales and profit of the twelve months up to the period's end — or up to this month
	 * when the period ends in the future, so that months to come do not show as zero —
	 * with the sales goal where one exists (a month's own, or its share of the quarter's
	 * or year's goal).
	 */
	@GetMapping("/performance/charts/trend")
	Map<String, Object> trend(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		VisibleScope asked = scope;
		LocalDate today = LocalDate.now(this.clock);
		List<Breakdowns.Slice> months = this.breakdowns.monthly(asked, to.isAfter(today) ? today : to);
		List<Object> goals = new ArrayList<>();
		boolean anyGoal = false;
		for (Breakdowns.Slice month : months) {
			YearMonth ym = YearMonth.parse(month.label());
			BigDecimal goal = monthlyGoal(asked, ym);
			anyGoal |= goal != null;
			goals.add(goal);
		}
		List<Object> series = new ArrayList<>();
		series.add(series(text("performance.chart.sales"), "bar", months.stream().map(Breakdowns.Slice::sales).toList(),
				0));
		series.add(series(text("performance.chart.profit"), "line",
				months.stream().map(Breakdowns.Slice::profit).toList(), 0));
		if (anyGoal) {
			Map<String, Object> goal = series(text("performance.chart.goal"), "line", goals, 0);
			goal.put("lineStyle", Map.of("type", "dashed"));
			series.add(goal);
		}
		return option(text("performance.chart.trend"), months.stream().map(Breakdowns.Slice::label).toList(), series,
				false);
	}

	/**
	 * A month's sales goal: its own, else an even share of its quarter's goal, else of
	 * its year's, else none — goals are mostly set by year or quarter, and the line
	 * should still show the pace they ask for.
	 */
	private BigDecimal monthlyGoal(VisibleScope scope, YearMonth month) {
		Optional<BigDecimal> own = this.targets.find(KpiTargets.SALES_VOLUME, scope.scope(),
				new KpiPeriod(month.atDay(1), month.atEndOfMonth()));
		if (own.isPresent()) {
			return own.get();
		}
		LocalDate quarterStart = month.atDay(1).with(IsoFields.DAY_OF_QUARTER, 1);
		Optional<BigDecimal> quarter = this.targets.find(KpiTargets.SALES_VOLUME, scope.scope(),
				new KpiPeriod(quarterStart, YearMonth.from(quarterStart.plusMonths(2)).atEndOfMonth()));
		if (quarter.isPresent()) {
			return quarter.get().divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
		}
		return this.targets
			.find(KpiTargets.SALES_VOLUME, scope.scope(),
					new KpiPeriod(month.atDay(1).withDayOfYear(1), YearMonth.of(month.getYear(), 12).atEndOfMonth()))
			.map((year) -> year.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP))
			.orElse(null);
	}

	/** The 20 largest customers of the period and their cumulative share of sales. */
	@GetMapping("/performance/charts/pareto")
	Map<String, Object> pareto(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		VisibleScope asked = scope;
		KpiPeriod period = new KpiPeriod(from, to);
		List<Breakdowns.Slice> customers = this.breakdowns.customers(asked, period, 20);
		BigDecimal total = this.breakdowns.totalSales(asked, period);
		List<Object> cumulative = new ArrayList<>();
		BigDecimal running = BigDecimal.ZERO;
		for (Breakdowns.Slice customer : customers) {
			running = running.add(customer.sales());
			cumulative.add(percent(running, total));
		}
		List<Object> series = List.of(series(text("performance.chart.sales"), "bar",
				customers.stream().map(Breakdowns.Slice::sales).toList(), 0),
				series(text("performance.chart.cumulativeShare"), "line", cumulative, 1));
		return option(text("performance.chart.pareto"), customers.stream().map(Breakdowns.Slice::label).toList(),
				series, true);
	}

	@GetMapping("/performance/charts/category")
	Map<String, Object> category(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		VisibleScope asked = scope;
		return salesAndMargin(text("performance.chart.category"),
				this.breakdowns.byProductCategory(asked, new KpiPeriod(from, to)), false);
	}

	@GetMapping("/performance/charts/class")
	Map<String, Object> customerClass(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		VisibleScope asked = scope;
		return salesAndMargin(text("performance.chart.customerClass"),
				this.breakdowns.byCustomerClass(asked, new KpiPeriod(from, to)), true);
	}

	/**
	 * Opportunities opened in the period by the furthest stage reached, with
	 * stage-to-stage conversion.
	 */
	@GetMapping("/performance/charts/funnel")
	Map<String, Object> funnel(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		VisibleScope asked = scope;
		List<Breakdowns.Stage> stages = this.breakdowns.funnel(asked, new KpiPeriod(from, to), this.clock.getZone());
		List<Object> data = new ArrayList<>();
		Long before = null;
		for (Breakdowns.Stage stage : stages) {
			String name = text(stage.stage().messageKey());
			if (before != null) {
				BigDecimal conversion = (before == 0) ? null
						: percent(BigDecimal.valueOf(stage.reached()), BigDecimal.valueOf(before));
				name = name + " · " + ((conversion != null) ? conversion.toPlainString() + "%" : "—");
			}
			data.add(Map.of("name", name, "value", stage.reached()));
			before = stage.reached();
		}
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "funnel");
		series.put("sort", "none");
		series.put("left", "10%");
		series.put("width", "80%");
		// room for a title that wraps to two lines on a phone (app.js fits titles)
		series.put("top", 56);
		series.put("label", Map.of("show", true, "position", "inside", "formatter", "{b}: {c}"));
		series.put("data", data);
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("title", Map.of("text", text("performance.chart.funnel"), "left", "center", "textStyle",
				Map.of("fontSize", 14)));
		option.put("tooltip", Map.of("trigger", "item"));
		option.put("series", List.of(series));
		return option;
	}

	/**
	 * Visits against results: each rep's completed visits (bars, left axis) beside their
	 * sales and profit (lines, right axis) in the scope and period.
	 */
	@GetMapping("/performance/charts/visits")
	Map<String, Object> visits(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		VisibleScope asked = scope;
		List<Breakdowns.RepVisits> reps = this.breakdowns.visitsAgainstResults(asked, new KpiPeriod(from, to), 30);
		List<Object> series = List.of(
				series(text("performance.chart.visits"), "bar",
						reps.stream().map(Breakdowns.RepVisits::visits).toList(), 0),
				series(text("performance.chart.sales"), "line", reps.stream().map(Breakdowns.RepVisits::sales).toList(),
						1),
				series(text("performance.chart.profit"), "line",
						reps.stream().map(Breakdowns.RepVisits::profit).toList(), 1));
		Map<String, Object> option = option(text("performance.chart.visitsAgainstResults"),
				reps.stream().map(Breakdowns.RepVisits::rep).toList(), series, false);
		option.put("yAxis", List.of(Map.of("type", "value", "minInterval", 1), Map.of("type", "value")));
		return option;
	}

	private Map<String, Object> salesAndMargin(String title, List<Breakdowns.Slice> slices, boolean customerClass) {
		List<Object> margins = slices.stream()
			.map((s) -> (s.margin() != null) ? s.margin().movePointRight(2).setScale(1, RoundingMode.HALF_UP) : null)
			.map(Object.class::cast)
			.toList();
		List<Object> series = List.of(series(text("performance.chart.sales"), "bar",
				slices.stream().map(Breakdowns.Slice::sales).toList(), 0),
				series(text("performance.chart.margin"), "line", margins, 1));
		List<String> labels = slices.stream()
			.map((s) -> customerClass ? text("customer.class." + s.label()) : s.label())
			.toList();
		return option(title, labels, series, true);
	}

	private Map<String, Object> option(String title, List<String> labels, List<Object> series, boolean percentAxis) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("title", Map.of("text", title, "left", "center", "textStyle", Map.of("fontSize", 14)));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("bottom", 0));
		option.put("grid", Map.of("left", 10, "right", 10, "top", 40, "bottom", 40, "containLabel", true));
		option.put("xAxis", Map.of("type", "category", "data", labels, "axisLabel",
				Map.of("hideOverlap", true, "width", 80, "overflow", "truncate")));
		List<Object> axes = new ArrayList<>();
		axes.add(Map.of("type", "value"));
		if (percentAxis) {
			axes.add(Map.of("type", "value", "min", 0, "axisLabel", Map.of("formatter", "{value}%")));
		}
		option.put("yAxis", axes);
		option.put("series", series);
		return option;
	}

	private static Map<String, Object> series(String name, String type, List<?> data, int axis) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("type", type);
		series.put("yAxisIndex", axis);
		series.put("data", data);
		return series;
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
