package org.salesteam.keyaccount.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inbox's key-account work (ADR 0026): submitted plans the user approves (their
 * team's accounts for a manager, all for a director), and the open actions of plans the
 * user owns that are due within a week or overdue.
 */
@Component
class PendingPlanWork implements PendingWork {

	/** How far ahead an action shows as due. */
	static final int DUE_WITHIN_DAYS = 7;

	private final KeyAccountAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	PendingPlanWork(KeyAccountAccess access, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Item> pendingFor(UserPrincipal user) {
		List<Item> items = new ArrayList<>();
		Visibility.Where decided = this.access.decidedPlans(user, "c.owner_id");
		long submitted = decided.bind(this.jdbc.sql("""
				select count(*) from ka_plan p join customer c on c.id = p.customer_id
				where p.status = 'SUBMITTED' and %s""".formatted(decided.sql()))).query(Long.class).single();
		if (submitted > 0) {
			items.add(new Item("keyaccount.inbox.approvals", submitted, null, "/key-accounts?plans=SUBMITTED", 20));
		}
		long due = this.jdbc.sql("""
				select count(*) from ka_plan_action a join ka_plan p on p.id = a.plan_id
				where a.owner_id = :user and a.status = 'OPEN' and a.due_on <= :until and p.status <> 'DRAFT'""")
			.param("user", user.id())
			.param("until", LocalDate.now(this.clock).plusDays(DUE_WITHIN_DAYS))
			.query(Long.class)
			.single();
		if (due > 0) {
			items.add(new Item("keyaccount.inbox.actions", due, null, "/key-accounts?plans=ACTIONS", 30));
		}
		return items;
	}

}
