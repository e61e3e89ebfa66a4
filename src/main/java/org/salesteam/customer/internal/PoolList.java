package org.salesteam.customer.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.customer.CustomerClass;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pool (公海) as reps and managers see it, and the customers about to return to it. A
 * pool line shows only what a rep needs to decide on a claim — code, name, city,
 * territory, segment, industry, class, potential and since when it is in the pool — never
 * the former owner, notes, credit terms or contacts.
 */
@Component
public class PoolList {

	/** A customer in the pool. */
	public record PoolRow(long id, String code, String name, String city, String industry, String territoryName,
			String segmentName, CustomerClass customerClass, BigDecimal potential, LocalDate pooledOn) {
	}

	/**
	 * A customer that returns to the pool on {@code returnsOn} unless there is activity.
	 */
	public record Expiring(long id, String code, String name, String ownerName, LocalDate idleSince,
			LocalDate returnsOn, long daysLeft) {
	}

	/** A page of the pool; {@code nextPage} is null on the last page. */
	public record Page(List<PoolRow> items, int page, Integer nextPage) {
	}

	private final JdbcClient jdbc;

	private final CustomerAccess access;

	private final CustomerRules rules;

	private final Clock clock;

	PoolList(JdbcClient jdbc, CustomerAccess access, CustomerRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.rules = rules;
		this.clock = clock;
	}

	public static boolean maySeePool(UserPrincipal user) {
		return user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
	}

	public Page find(UserPrincipal user, String q, Long territoryId, CustomerClass customerClass, int page, int size) {
		if (!maySeePool(user)) {
			return new Page(List.of(), 0, null);
		}
		List<String> where = new ArrayList<>(List.of("c.owner_id is null"));
		Map<String, Object> params = new LinkedHashMap<>();
		if (q != null && !q.isBlank()) {
			where.add("(c.name like :contains escape '\\' or c.code like :prefix escape '\\')");
			String escaped = CustomerFilter.escapeLike(q.trim());
			params.put("contains", "%" + escaped + "%");
			params.put("prefix", escaped.toUpperCase(Locale.ROOT) + "%");
		}
		if (territoryId != null) {
			where.add("c.territory_id = :territory");
			params.put("territory", territoryId);
		}
		if (customerClass != null) {
			where.add("c.customer_class = :customerClass");
			params.put("customerClass", customerClass.name());
		}
		int pageSize = (size <= 0) ? 25 : Math.min(size, CustomerFilter.MAX_SIZE);
		int pageNo = Math.max(0, page);
		params.put("limit", pageSize + 1);
		params.put("offset", (long) pageNo * pageSize);
		List<PoolRow> rows = this.jdbc.sql("""
				select c.id, c.code, c.name, c.city, c.industry, t.name as territory_name, s.name as segment_name,
				       c.customer_class, c.potential, c.pooled_on
				from customer c
				left join territory t on t.id = c.territory_id
				left join market_segment s on s.id = c.segment_id
				""" + "where " + String.join(" and ", where) + """

				order by c.potential desc, c.id limit :limit offset :offset
				""").params(params).query(PoolRow.class).list();
		boolean more = rows.size() > pageSize;
		return new Page(more ? rows.subList(0, pageSize) : rows, pageNo, more ? pageNo + 1 : null);
	}

	/**
	 * The user's visible customers that return to the pool within the warning days,
	 * soonest first (即将退回公海).
	 */
	public List<Expiring> expiring(UserPrincipal user) {
		Visibility.Where visible = this.access.owned(user, "c.owner_id");
		CustomerSettings settings = this.rules.current();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate warnFrom = today.minusDays(settings.getPoolIdleDays() - settings.getPoolWarningDays());
		var spec = this.jdbc
			.sql("""
					select c.id, c.code, c.name, u.display_name as owner_name, c.owned_since, c.last_activity_date
					from customer c join app_user u on u.id = c.owner_id
					where c.key_account = false and c.owned_since <= :warnFrom
					  and (c.last_activity_date is null or c.last_activity_date <= :warnFrom) and """ + " "
					+ visible.sql() + """

							order by c.last_activity_date, c.id
							""")
			.param("warnFrom", warnFrom);
		return visible.bind(spec).query((rs, row) -> {
			LocalDate owned = rs.getObject("owned_since", LocalDate.class);
			LocalDate activity = rs.getObject("last_activity_date", LocalDate.class);
			LocalDate idleSince = (activity == null || activity.isBefore(owned)) ? owned : activity;
			LocalDate returnsOn = idleSince.plusDays(settings.getPoolIdleDays());
			return new Expiring(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("owner_name"), idleSince, returnsOn,
					Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(today, returnsOn)));
		}).list().stream().sorted(java.util.Comparator.comparing(Expiring::returnsOn)).toList();
	}

}
