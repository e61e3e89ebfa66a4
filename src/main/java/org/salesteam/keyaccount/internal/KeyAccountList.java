package org.salesteam.keyaccount.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key accounts and plans a user reads (owner side or account team), for the
 * key-account pages and {@code GET /api/v1/key-accounts}: each account with its
 * key-account manager, how many key accounts that manager holds (a warning above the
 * limit) and this year's plan.
 */
@Component
public class KeyAccountList {

	/** The most rows a list shows. */
	static final int LIMIT = 500;

	/** A key account in the list. */
	public record Row(long customerId, String code, String name, String customerClass, Long managerId,
			String managerName, int managerAccounts, boolean overloaded, Long planId, PlanStatus planStatus) {
	}

	/** A plan in the list. */
	public record PlanRow(long id, long customerId, String customerName, int year, PlanStatus status,
			String ownerName) {
	}

	private final KeyAccountAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int managerLimit;

	KeyAccountList(KeyAccountAccess access, JdbcClient jdbc, Clock clock,
			@Value("${salesteam.keyaccount.max-accounts-per-manager:15}") int managerLimit) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
		this.managerLimit = managerLimit;
	}

	/** The key accounts the user reads, by name, with this year's plan. */
	public List<Row> accounts(UserPrincipal user) {
		Visibility.Where where = this.access.readableCustomers(user, "c.owner_id", "c.id");
		int year = LocalDate.now(this.clock).getYear();
		List<Object[]> rows = where.bind(this.jdbc.sql("""
				select c.id, c.code, c.name, c.customer_class, coalesce(m.user_id, c.owner_id), u.display_name,
				       p.id, p.status
				from customer c
				left join account_team_member m on m.customer_id = c.id and m.team_role = 'KEY_ACCOUNT_MANAGER'
				left join app_user u on u.id = coalesce(m.user_id, c.owner_id)
				left join ka_plan p on p.customer_id = c.id and p.plan_year = :year
				where c.key_account = true and %s
				order by c.name, c.id fetch first %d rows only""".formatted(where.sql(), LIMIT)))
			.param("year", year)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							(Long) rs.getObject(5, Long.class), rs.getString(6), (Long) rs.getObject(7, Long.class),
							rs.getString(8) })
			.list();
		Map<Long, Integer> load = managerLoad();
		return rows.stream().map((r) -> {
			Long manager = (Long) r[4];
			int held = (manager != null) ? load.getOrDefault(manager, 0) : 0;
			return new Row((Long) r[0], (String) r[1], (String) r[2], (String) r[3], manager, (String) r[5], held,
					held > this.managerLimit, (Long) r[6], (r[7] != null) ? PlanStatus.valueOf((String) r[7]) : null);
		}).toList();
	}

	/**
	 * The plans the user reads, newest year first; only those of {@code status} if given,
	 * and with {@code dueActions} only those with an open action of the user's due within
	 * a week (the inbox's link, {@link PendingPlanWork}).
	 */
	public List<PlanRow> plans(UserPrincipal user, PlanStatus status, boolean dueActions) {
		Visibility.Where where = this.access.readableCustomers(user, "c.owner_id", "c.id");
		String due = dueActions ? " " + """
				and p.status <> 'DRAFT' and exists (select 1 from ka_plan_action a where a.plan_id = p.id
				and a.owner_id = :user and a.status = 'OPEN' and a.due_on <= :until)""" : "";
		return where.bind(this.jdbc.sql("""
				select p.id, p.customer_id, c.name, p.plan_year, p.status, u.display_name
				from ka_plan p join customer c on c.id = p.customer_id join app_user u on u.id = p.owner_id
				where %s and (cast(:status as varchar(12)) is null or p.status = :status)%s
				order by p.plan_year desc, c.name, p.id fetch first %d rows only""".formatted(where.sql(), due, LIMIT)))
			.param("status", (status != null) ? status.name() : null)
			.param("user", user.id())
			.param("until", LocalDate.now(this.clock).plusDays(PendingPlanWork.DUE_WITHIN_DAYS))
			.query((rs, n) -> new PlanRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
					PlanStatus.valueOf(rs.getString(5)), rs.getString(6)))
			.list();
	}

	/** How many key accounts each key-account manager holds (ADR 0022's rule). */
	private Map<Long, Integer> managerLoad() {
		Map<Long, Integer> load = new HashMap<>();
		this.jdbc
			.sql("select coalesce(m.user_id, c.owner_id), count(*) " + TeamRows.MANAGED_KEY_ACCOUNTS
					+ " group by coalesce(m.user_id, c.owner_id)")
			.query((rs) -> {
				load.put(rs.getLong(1), rs.getInt(2));
			});
		return load;
	}

}
