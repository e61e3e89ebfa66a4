package org.salesteam.worklog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.worklog.ActivityType;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Other activities as SQL with the user's visibility (by the rep who did them) inside the
 * query: the filtered list and the totals per kind — the handbook's non-selling measures.
 */
@Component
public class ActivityList {

	/** One activity in a list. */
	public record Row(long id, LocalDate date, ActivityType type, Long customerId, String customerName, long ownerId,
			String ownerName, int durationMinutes, BigDecimal amount, String outcome) {
	}

	/** A page of the list; {@code nextPage} is null on the last page. */
	public record Page(List<Row> items, int page, Integer nextPage) {
	}

	/** How many of a kind, how long in all and the amount collected. */
	public record Total(ActivityType type, long count, long minutes, BigDecimal amount) {
	}

	private static final String FROM = """
			from activity_log a
			left join customer c on c.id = a.customer_id
			join app_user u on u.id = a.owner_id
			""";

	private final JdbcClient jdbc;

	private final WorklogAccess access;

	ActivityList(JdbcClient jdbc, WorklogAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	public Page find(UserPrincipal user, ActivityFilter filter) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		restrict(this.access.activities(user), filter, where, params);
		String sql = """
				select a.id, a.activity_date as date, a.activity_type as type, a.customer_id, c.name as customer_name,
				       a.owner_id, u.display_name as owner_name, a.duration_minutes, a.amount, a.outcome
				""" + FROM + where(where) + " order by a.activity_date desc, a.id desc limit :limit offset :offset";
		params.put("limit", filter.size() + 1);
		params.put("offset", (long) filter.page() * filter.size());
		List<Row> rows = this.jdbc.sql(sql).params(params).query(Row.class).list();
		boolean more = rows.size() > filter.size();
		return new Page(more ? rows.subList(0, filter.size()) : rows, filter.page(), more ? filter.page() + 1 : null);
	}

	/**
	 * The totals per kind over the whole filter (not only the page), in the kinds' order.
	 */
	public List<Total> totals(UserPrincipal user, ActivityFilter filter) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		restrict(this.access.activities(user), filter, where, params);
		String sql = "select a.activity_type as type, count(*) as count, coalesce(sum(a.duration_minutes), 0) as minutes,"
				+ " sum(a.amount) as amount " + FROM + where(where) + " group by a.activity_type";
		Map<ActivityType, Total> byType = new LinkedHashMap<>();
		this.jdbc.sql(sql).params(params).query(Total.class).list().forEach((t) -> byType.put(t.type(), t));
		List<Total> totals = new ArrayList<>();
		for (ActivityType type : ActivityType.values()) {
			totals.add(byType.getOrDefault(type, new Total(type, 0, 0, null)));
		}
		return totals;
	}

	private static String where(List<String> where) {
		return where.isEmpty() ? "" : "where " + String.join(" and ", where) + "\n";
	}

	private static void restrict(Visibility.Where visible, ActivityFilter filter, List<String> where,
			Map<String, Object> params) {
		where.add(visible.sql());
		params.putAll(visible.params());
		if (filter.from() != null) {
			where.add("a.activity_date >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("a.activity_date <= :to");
			params.put("to", filter.to());
		}
		if (filter.type() != null) {
			where.add("a.activity_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.customerId() != null) {
			where.add("a.customer_id = :customer");
			params.put("customer", filter.customerId());
		}
		if (filter.ownerId() != null) {
			where.add("a.owner_id = :owner");
			params.put("owner", filter.ownerId());
		}
	}

}
