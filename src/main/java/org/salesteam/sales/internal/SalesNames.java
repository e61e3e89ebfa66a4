package org.salesteam.sales.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.customer.Customers;
import org.salesteam.product.Products;
import org.salesteam.product.Products.ProductSummary;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names shown beside the ids of orders and opportunities: customer, users, territory
 * and products.
 */
@Component
public class SalesNames {

	private final Customers customers;

	private final TeamDirectory directory;

	private final Products products;

	private final JdbcClient jdbc;

	SalesNames(Customers customers, TeamDirectory directory, Products products, JdbcClient jdbc) {
		this.customers = customers;
		this.directory = directory;
		this.products = products;
		this.jdbc = jdbc;
	}

	public String customer(long customerId) {
		return this.customers.find(customerId).map(Customers.CustomerSummary::name).orElse(null);
	}

	public String user(Long userId) {
		return (userId == null) ? null
				: this.directory.findMember(userId).map(TeamDirectory.Member::displayName).orElse(null);
	}

	public String username(Long userId) {
		return (userId == null) ? null
				: this.directory.findMember(userId).map(TeamDirectory.Member::username).orElse(null);
	}

	public String territory(Long territoryId) {
		return (territoryId == null) ? null
				: this.jdbc.sql("select name from territory where id = :id")
					.param("id", territoryId)
					.query(String.class)
					.optional()
					.orElse(null);
	}

	/** The name of an opportunity (no visibility check: for an id already checked). */
	public String opportunity(Long opportunityId) {
		return (opportunityId == null) ? null
				: this.jdbc.sql("select name from opportunity where id = :id")
					.param("id", opportunityId)
					.query(String.class)
					.optional()
					.orElse(null);
	}

	public Map<Long, ProductSummary> products(Collection<Long> ids) {
		return this.products.findAll(ids);
	}

	/** Display names of several users at once. */
	public Map<Long, String> users(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, display_name from app_user where id in (:ids)")
				.param("ids", List.copyOf(ids))
				.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
				.list()
				.forEach((entry) -> names.put(entry.getKey(), entry.getValue()));
		}
		return names;
	}

}
