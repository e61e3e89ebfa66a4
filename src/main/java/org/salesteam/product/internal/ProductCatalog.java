package org.salesteam.product.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesteam.product.Products;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link Products} as SQL. */
@Component
class ProductCatalog implements Products {

	private static final String SELECT = """
			select id, code, name, category, unit, list_price, standard_cost, active from product
			""";

	private final JdbcClient jdbc;

	ProductCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ProductSummary> find(long productId) {
		return this.jdbc.sql(SELECT + "where id = :id").param("id", productId).query(ProductSummary.class).optional();
	}

	@Override
	public Map<Long, ProductSummary> findAll(Collection<Long> productIds) {
		Map<Long, ProductSummary> result = new LinkedHashMap<>();
		if (productIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql(SELECT + "where id in (:ids)")
			.param("ids", List.copyOf(productIds))
			.query(ProductSummary.class)
			.list()
			.forEach((product) -> result.put(product.id(), product));
		return result;
	}

	@Override
	public List<ProductSummary> active() {
		return this.jdbc.sql(SELECT + "where active = true order by category, name").query(ProductSummary.class).list();
	}

}
