package org.salesteam.product.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.salesteam.product.ProductExports;
import org.salesteam.product.Products.ProductSummary;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProductExports} with the product list's filters, streamed with a fetch size. */
@Component
class ProductExportQuery implements ProductExports {

	private static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	ProductExportQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public void products(Criteria criteria, Consumer<ProductSummary> sink) {
		ProductFilter filter = new ProductFilter(criteria.q(), criteria.category(), criteria.active(), criteria.sort(),
				criteria.descending(), 0, 50);
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
				+ (where.isEmpty() ? "" : "where " + String.join(" and ", where) + " ") + "order by "
				+ filter.orderBy();
		try (Stream<ProductSummary> rows = this.jdbc.sql(sql)
			.withFetchSize(FETCH_SIZE)
			.params(params)
			.query(new DataClassRowMapper<>(ProductSummary.class))
			.stream()) {
			rows.forEach(sink);
		}
	}

}
