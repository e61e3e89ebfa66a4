package org.salesteam.customer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer list as SQL: the user's visibility is part of the query, filters are bound
 * parameters, sorting picks from a whitelist, and paging reads one row more than the page
 * to know whether a next page exists (no count of the whole table).
 */
@Component
public class CustomerList {

	/** One line of the list. */
	public record Row(long id, String code, String name, String city, CustomerStatus status,
			CustomerClass customerClass, boolean classOverridden, BigDecimal potential, boolean keyAccount,
			LocalDate lastActivityDate, Long ownerId, String ownerName, String territoryName, String segmentName) {
	}

	/** A page of the list; {@code nextPage} is null on the last page. */
	public record Page(List<Row> items, int page, Integer nextPage) {
	}

	private static final String SELECT = """
			select c.id, c.code, c.name, c.city, c.status, c.customer_class, c.class_overridden, c.potential,
			       c.key_account, c.last_activity_date, c.owner_id, u.display_name as owner_name,
			       t.name as territory_name, s.name as segment_name
			from customer c
			left join app_user u on u.id = c.owner_id
			left join territory t on t.id = c.territory_id
			left join market_segment s on s.id = c.segment_id
			""";

	private final JdbcClient jdbc;

	private final CustomerAccess access;

	CustomerList(JdbcClient jdbc, CustomerAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	public Page find(UserPrincipal user, CustomerFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = SELECT + where(this.access.customers(user, "c"), filter, params) + "order by " + filter.orderBy()
				+ " limit :limit offset :offset";
		params.put("limit", filter.size() + 1);
		params.put("offset", (long) filter.page() * filter.size());
		List<Row> rows = this.jdbc.sql(sql).params(params).query(Row.class).list();
		boolean more = rows.size() > filter.size();
		return new Page(more ? rows.subList(0, filter.size()) : rows, filter.page(), more ? filter.page() + 1 : null);
	}

	/**
	 * The list's {@code where} clause (empty, or ending with a line break) for alias
	 * {@code c} = customer: the visibility and the filters, their values put into
	 * {@code params}. Shared with the export, which must select exactly what the list
	 * shows.
	 */
	static String where(Visibility.Where visible, CustomerFilter filter, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		where.add(visible.sql());
		params.putAll(visible.params());
		addFilters(filter, where, params);
		return where.isEmpty() ? "" : "where " + String.join(" and ", where) + "\n";
	}

	private static void addFilters(CustomerFilter filter, List<String> where, Map<String, Object> params) {
		if (filter.q() != null) {
			where.add("(c.name like :contains escape '\\' or c.code like :prefix escape '\\')");
			String escaped = CustomerFilter.escapeLike(filter.q());
			params.put("contains", "%" + escaped + "%");
			params.put("prefix", escaped.toUpperCase(Locale.ROOT) + "%");
		}
		if (filter.status() != null) {
			where.add("c.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.customerClass() != null) {
			where.add("c.customer_class = :customerClass");
			params.put("customerClass", filter.customerClass().name());
		}
		if (filter.territoryId() != null) {
			where.add("c.territory_id = :territory");
			params.put("territory", filter.territoryId());
		}
		if (filter.segmentId() != null) {
			where.add("c.segment_id = :segment");
			params.put("segment", filter.segmentId());
		}
		if (filter.pool()) {
			where.add("c.owner_id is null");
		}
		else if (filter.ownerId() != null) {
			where.add("c.owner_id = :owner");
			params.put("owner", filter.ownerId());
		}
		if (filter.keyAccount() != null) {
			where.add("c.key_account = :keyAccount");
			params.put("keyAccount", filter.keyAccount());
		}
	}

}
