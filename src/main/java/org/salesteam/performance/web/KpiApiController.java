package org.salesteam.performance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.VisibleScope;
import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.internal.CostBreakdowns;
import org.salesteam.performance.internal.KpiRecords;
import org.salesteam.performance.internal.KpiRollups;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/kpis}: KPI values of a scope the caller may see (403 otherwise), each
 * with its value in the previous period and the same period last year; the catalogue;
 * visits, sales and the sales cost ratio by customer class and by product category
 * ({@code /breakdowns/*}, same visibility); and the admin's rollup rebuild.
 */
@RestController
@Tag(name = "kpis")
class KpiApiController {

	record PeriodView(LocalDate from, LocalDate to) {

		static PeriodView of(KpiPeriod period) {
			return new PeriodView(period.from(), period.to());
		}

	}

	record KpiView(String code, BigDecimal value, BigDecimal numerator, BigDecimal denominator, KpiUnit unit,
			BigDecimal previous, BigDecimal lastYear) {
	}

	record Report(String scope, LocalDate from, LocalDate to, PeriodView previous, PeriodView lastYear,
			List<KpiView> kpis) {
	}

	record CatalogEntry(String code, String name, String nameZh, String nameEn, String formula, String formulaZh,
			String formulaEn, KpiUnit unit, boolean higherIsBetter, boolean ratio) {
	}

	/**
	 * A customer class (A, B, C; NONE for a customer that no longer exists; null in the
	 * total): completed visits, their share of all, sales, sales per visit, sales
	 * expenses and expenses ÷ sales.
	 */
	record ClassView(String customerClass, long visits, BigDecimal visitShare, BigDecimal sales,
			BigDecimal salesPerVisit, BigDecimal expenses, BigDecimal salesCostRatio) {

		static ClassView of(CostBreakdowns.ClassFigures figures, long allVisits) {
			return new ClassView(figures.customerClass(), figures.visits(), figures.visitShare(allVisits),
					figures.sales(), figures.salesPerVisit(), figures.expenses(), figures.salesCostRatio());
		}

	}

	record ClassReport(String scope, LocalDate from, LocalDate to, List<ClassView> classes, ClassView total) {
	}

	record CategoryView(String category, BigDecimal sales, BigDecimal expenses, BigDecimal salesCostRatio) {
	}

	record CategoryReport(String scope, LocalDate from, LocalDate to, List<CategoryView> categories,
			BigDecimal unattributedExpenses, BigDecimal expenses) {
	}

	private final Kpis kpis;

	private final KpiRollups rollups;

	private final MessageSource messages;

	private final KpiRecords records;

	private final CostBreakdowns costs;

	KpiApiController(Kpis kpis, KpiRollups rollups, MessageSource messages, KpiRecords records, CostBreakdowns costs) {
		this.kpis = kpis;
		this.rollups = rollups;
		this.messages = messages;
		this.records = records;
		this.costs = costs;
	}

	@GetMapping("/api/v1/kpis")
	@Operation(summary = "KPI values of a visible scope (company, team:{id}, territory:{code}, rep:{username}, "
			+ "customer:{id}, segment:{code}, keyaccounts:{username}, keyaccounts:team:{id}; codes in any case) "
			+ "for an inclusive date range; value is null when undefined; previous and lastYear beside each; "
			+ "403 problem+json for a scope the caller may not see, 404 for an unknown one")
	Report kpis(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String codes) {
		VisibleScope asked = scope;
		KpiPeriod period = new KpiPeriod(from, to);
		List<String> wanted = codes(codes);
		List<KpiValue> now = this.kpis.compute(asked, period, wanted);
		List<String> computed = now.stream().map(KpiValue::code).toList();
		List<KpiValue> previous = this.kpis.compute(asked, period.previous(), computed);
		List<KpiValue> lastYear = this.kpis.compute(asked, period.lastYear(), computed);
		List<KpiView> views = new ArrayList<>();
		for (int i = 0; i < now.size(); i++) {
			KpiValue value = now.get(i);
			views.add(new KpiView(value.code(), value.value(), value.numerator(), value.denominator(), value.unit(),
					previous.get(i).value(), lastYear.get(i).value()));
		}
		return new Report(asked.format(), from, to, PeriodView.of(period.previous()), PeriodView.of(period.lastYear()),
				views);
	}

	@GetMapping("/api/v1/kpis/catalog")
	@Operation(summary = "Every KPI with its code, names, formula in words, unit and whether higher is better")
	List<CatalogEntry> catalog() {
		Locale locale = LocaleContextHolder.getLocale();
		return this.kpis.catalog()
			.stream()
			.map((d) -> new CatalogEntry(d.code(), text(d.nameKey(), locale),
					text(d.nameKey(), Locale.SIMPLIFIED_CHINESE), text(d.nameKey(), Locale.ENGLISH),
					text(d.formulaKey(), locale), text(d.formulaKey(), Locale.SIMPLIFIED_CHINESE),
					text(d.formulaKey(), Locale.ENGLISH), d.unit(), d.higherIsBetter(), d.ratio()))
			.toList();
	}

	@GetMapping("/api/v1/kpis/{code}/records")
	@Operation(summary = "The orders, customers or opportunities behind a KPI's numerator (side=numerator) "
			+ "or denominator (side=denominator) for a visible scope, a page at a time")
	KpiRecords.Page records(@AuthenticationPrincipal UserPrincipal user, @PathVariable String code,
			@ScopeParam VisibleScope scope, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "numerator") String side, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		VisibleScope asked = scope;
		return this.records.records(asked, new KpiPeriod(from, to), code, "denominator".equals(side), page, size);
	}

	@GetMapping("/api/v1/kpis/breakdowns/customer-class")
	@Operation(summary = "Completed visits by customer class (A, B, C; NONE when the customer no longer exists) "
			+ "with their share, sales, sales per visit, sales expenses and SALES_COST_RATIO of a visible scope; "
			+ "ratios are null when undefined")
	ClassReport customerClass(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		VisibleScope asked = scope;
		CostBreakdowns.ClassCosts costs = this.costs.byCustomerClass(asked, new KpiPeriod(from, to));
		long all = costs.total().visits();
		return new ClassReport(asked.format(), from, to,
				costs.classes().stream().map((c) -> ClassView.of(c, all)).toList(), ClassView.of(costs.total(), all));
	}

	@GetMapping("/api/v1/kpis/breakdowns/product-category")
	@Operation(summary = "Sales, sales expenses and SALES_COST_RATIO by product category of a visible scope: the "
			+ "expenses of the visits to a customer are shared over the categories of that customer's sales in the "
			+ "scope and period in proportion to them; expenses of customers without such sales are "
			+ "unattributedExpenses; ratios are null when undefined")
	CategoryReport productCategory(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		VisibleScope asked = scope;
		CostBreakdowns.CategoryCosts costs = this.costs.byProductCategory(asked, new KpiPeriod(from, to));
		return new CategoryReport(asked.format(), from, to,
				costs.categories()
					.stream()
					.map((c) -> new CategoryView(c.category(), c.sales(), c.expenses(), c.salesCostRatio()))
					.toList(),
				costs.unattributed(), costs.expenses());
	}

	@PostMapping("/api/v1/kpis/rollups/rebuild")
	@Operation(summary = "Rebuild every KPI rollup from the orders (admin)")
	KpiRollups.Rebuilt rebuild() {
		return this.rollups.rebuild();
	}

	static List<String> codes(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return Arrays.stream(codes.split(",")).map(String::trim).filter((c) -> !c.isEmpty()).toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
