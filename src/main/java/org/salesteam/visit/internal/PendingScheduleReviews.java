package org.salesteam.visit.internal;

import java.util.List;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.visit.VisitPlanStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's weekly schedules to review: schedules submitted by the reps the user
 * reviews (a director's any, a manager's those of the reps they see, never their own),
 * one item per week, the latest week first, at most {@link #WEEKS} weeks.
 */
@Component
class PendingScheduleReviews implements PendingWork {

	static final int WEEKS = 3;

	private final JdbcClient jdbc;

	private final VisitAccess access;

	PendingScheduleReviews(JdbcClient jdbc, VisitAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> pendingFor(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			return List.of();
		}
		var visible = this.access.byOwner(user, "p.rep_id");
		return visible.bind(this.jdbc.sql("""
				select p.iso_week, count(*) from visit_plan p
				where p.status = :submitted and p.rep_id <> :me and %s
				group by p.iso_week order by p.iso_week desc
				""".formatted(visible.sql())))
			.param("submitted", VisitPlanStatus.SUBMITTED.name())
			.param("me", user.id())
			.query((rs, n) -> new Item("visitPlan.inbox.toReview", rs.getLong(2), rs.getString(1),
					"/visit-plans/review?week=" + rs.getString(1), 30))
			.stream()
			.limit(WEEKS)
			.toList();
	}

}
