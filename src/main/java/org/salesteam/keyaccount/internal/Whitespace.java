package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.salesteam.customer.Customers.CustomerSummary;
import org.salesteam.keyaccount.WhitespaceState;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.Products;
import org.salesteam.sales.CustomerSalesFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whitespace grid of a customer: its buying centres — the customer itself, then the
 * subsidiaries and plants the user may read — × the categories of the product catalogue
 * (active products, and any category the centres bought in the window). A cell is OWNED,
 * PIPELINE or GAP ({@link WhitespaceState#of}); "last 12 months" are the 365 days ending
 * on the as-of date, placed orders only. The potential of a cell is not estimated yet
 * ({@code null}).
 */
@Service
public class Whitespace {

	public record Centre(long id, String code, String name) {
	}

	public record Cell(long centre, String category, WhitespaceState state, BigDecimal sales12m, BigDecimal potential) {
	}

	public record Grid(List<Centre> centres, List<String> categories, List<Cell> cells) {
	}

	private final KeyAccountAccess access;

	private final Products products;

	private final CustomerSalesFigures sales;

	Whitespace(KeyAccountAccess access, Products products, CustomerSalesFigures sales) {
		this.access = access;
		this.products = products;
		this.sales = sales;
	}

	@Transactional(readOnly = true)
	public Grid of(UserPrincipal user, long customerId, LocalDate asOf) {
		List<CustomerSummary> summaries = new ArrayList<>();
		summaries.add(this.access.readableCustomer(user, customerId));
		summaries.addAll(this.access.readableSubsidiaries(user, customerId));
		List<Long> ids = summaries.stream().map(CustomerSummary::id).toList();
		List<CustomerSalesFigures.ProductSales> sold = this.sales.salesByProduct(ids, asOf.minusDays(364), asOf);
		List<CustomerSalesFigures.OpenProduct> open = this.sales.openOpportunityProducts(ids);
		Set<Long> productIds = new HashSet<>();
		sold.forEach((s) -> productIds.add(s.productId()));
		open.forEach((o) -> productIds.add(o.productId()));
		Map<Long, Products.ProductSummary> known = this.products.findAll(productIds);
		Set<String> categories = new TreeSet<>();
		this.products.active().forEach((p) -> categories.add(p.category()));
		Map<String, BigDecimal> salesByCell = new HashMap<>();
		for (CustomerSalesFigures.ProductSales s : sold) {
			String category = category(known, s.productId());
			categories.add(category);
			salesByCell.merge(s.customerId() + "|" + category, s.amount(), BigDecimal::add);
		}
		Set<String> pipeline = new HashSet<>();
		open.forEach((o) -> pipeline.add(o.customerId() + "|" + category(known, o.productId())));
		List<Cell> cells = new ArrayList<>();
		for (CustomerSummary centre : summaries) {
			for (String category : categories) {
				String key = centre.id() + "|" + category;
				BigDecimal amount = salesByCell.getOrDefault(key, BigDecimal.ZERO);
				cells.add(new Cell(centre.id(), category, WhitespaceState.of(amount, pipeline.contains(key)), amount,
						null));
			}
		}
		return new Grid(summaries.stream().map((c) -> new Centre(c.id(), c.code(), c.name())).toList(),
				List.copyOf(categories), cells);
	}

	private static String category(Map<Long, Products.ProductSummary> known, long productId) {
		Products.ProductSummary product = known.get(productId);
		return (product != null) ? product.category() : "";
	}

}
