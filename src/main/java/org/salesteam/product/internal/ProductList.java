package org.salesteam.product.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.product.Products.ProductSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The product list as SQL, with limit+1 paging. */
@Component
public class ProductList {

	/** A page of products; {@code nextPage} is null on the last page. */
	public record Page(List<ProductSummary> items, int page, Integer nextPage) {
	}

	private final JdbcClient jdbc;

	ProductList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page find(ProductFilter filter) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.q() != null) {
			String escaped = filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			where.add("(name like :contains escape '\\' or code like :prefix escape '\\')");
			params.put("contains", "%" + escaped + "%");
			params.put("prefix", escaped.toUpperCase(Locale.ROOT) + "%");
		}
		if (filter.category() != null) {
			where.add("category = :category");
			params.put("category", filter.category());
		}
		if (filter.active() != null) {
			where.add("active = :active");
			params.put("active", filter.active());
		}
		String sql = "select id, code, name, category, unit, list_price, standard_cost, active from product "
				+ (where.isEmpty() ? "" : "where " + String.join(" and ", where) + " ") + "order by " + filter.orderBy()
				+ " limit :limit offset :offset";
		params.put("limit", filter.size() + 1);
		params.put("offset", (long) filter.page() * filter.size());
		List<ProductSummary> rows = this.jdbc.sql(sql).params(params).query(ProductSummary.class).list();
		boolean more = rows.size() > filter.size();
		return new Page(more ? rows.subList(0, filter.size()) : rows, filter.page(), more ? filter.page() + 1 : null);
	}

	/** The categories in use, for filters and suggestions. */
	public List<String> categories() {
		return this.jdbc.sql("select distinct category from product order by category").query(String.class).list();
	}

}
