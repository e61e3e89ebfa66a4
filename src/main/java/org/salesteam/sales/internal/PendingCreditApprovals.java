package org.salesteam.sales.internal;

import java.util.List;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderStatus;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's credit approvals: orders on credit hold of the reps whose credit the user
 * approves ({@link SalesAccess#isSuperiorOf}: a director's any, a manager's their teams',
 * never their own).
 */
@Component
class PendingCreditApprovals implements PendingWork {

	private final JdbcClient jdbc;

	private final SalesAccess access;

	PendingCreditApprovals(JdbcClient jdbc, SalesAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> pendingFor(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			return List.of();
		}
		Visibility.Where visible = this.access.byOwner(user, "o.owner_id");
		long held = visible
			.bind(this.jdbc.sql("select count(*) from sales_order o where o.status = :held and o.owner_id <> :me and "
					+ visible.sql()))
			.param("held", OrderStatus.CREDIT_HOLD.name())
			.param("me", user.id())
			.query(Long.class)
			.single();
		return (held == 0) ? List.of()
				: List.of(new Item("sales.inbox.creditApprovals", held, null, "/orders?status=CREDIT_HOLD", 10));
	}

}
