package org.salesteam.product.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.IdBlocks;
import org.salesteam.product.ProductData;
import org.salesteam.product.ProductImports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ProductImports} as JDBC batches; ids come from {@code app_seq} in blocks of 50
 * the way Hibernate's pooled optimiser hands them out.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ProductBulkWriter implements ProductImports {

	private static final int IN_LIST = 1000;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	ProductBulkWriter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, StoredProduct> findProducts(Collection<String> codes) {
		Map<String, StoredProduct> found = new HashMap<>();
		List<String> all = List.copyOf(new java.util.LinkedHashSet<>(codes));
		for (int from = 0; from < all.size(); from += IN_LIST) {
			List<String> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
			this.named.query("""
					select id, version, code, name, category, unit, list_price, standard_cost, active
					from product where code in (:codes)
					""", Map.of("codes", part), (rs) -> {
				ProductData data = new ProductData(rs.getString("code"), rs.getString("name"), rs.getString("category"),
						rs.getString("unit"), rs.getBigDecimal("list_price").setScale(4),
						rs.getBigDecimal("standard_cost").setScale(4), rs.getBoolean("active"));
				found.put(data.code(), new StoredProduct(rs.getLong("id"), rs.getInt("version"), data));
			});
		}
		return found;
	}

	@Override
	public Map<String, Long> createProducts(List<ProductData> products) {
		Map<String, Long> ids = new LinkedHashMap<>();
		if (products.isEmpty()) {
			return ids;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Object[]> rows = new ArrayList<>();
		IdBlocks idBlocks = new IdBlocks(this.jdbc);
		for (ProductData p : products) {
			long id = idBlocks.next();
			ids.put(p.code(), id);
			rows.add(new Object[] { id, p.code(), p.name(), p.category(), p.unit(), p.listPrice(), p.standardCost(),
					p.active(), now });
		}
		this.jdbc.batchUpdate("""
				insert into product (id, version, code, name, category, unit, list_price, standard_cost, active,
				    created_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		return ids;
	}

	@Override
	public void changeProducts(List<ProductChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		for (ProductChange change : changes) {
			ProductData p = change.data();
			rows.add(new Object[] { p.name(), p.category(), p.unit(), p.listPrice(), p.standardCost(), p.active(),
					change.stored().id(), change.stored().version() });
		}
		int[] counts = this.jdbc.batchUpdate("""
				update product set version = version + 1, name = ?, category = ?, unit = ?, list_price = ?,
				    standard_cost = ?, active = ?
				where id = ? and version = ?
				""", rows);
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 0) {
				throw new ObjectOptimisticLockingFailureException(org.salesteam.product.Product.class,
						changes.get(i).stored().id());
			}
		}
	}

}
