package org.salesteam.goal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Component;

/**
 * The inbox's goal approvals: submitted goals of this year and the next (next year's are
 * set in the last months of this one) that the user approves ({@link GoalList#awaiting}),
 * one item per year.
 */
@Component
class PendingGoalApprovals implements PendingWork {

	private final GoalList goals;

	private final Clock clock;

	PendingGoalApprovals(GoalList goals, Clock clock) {
		this.goals = goals;
		this.clock = clock;
	}

	@Override
	public List<Item> pendingFor(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			return List.of();
		}
		int year = LocalDate.now(this.clock).getYear();
		List<Item> items = new ArrayList<>();
		for (int shown : List.of(year, year + 1)) {
			int waiting = this.goals.awaiting(user, shown).size();
			if (waiting > 0) {
				items.add(new Item((shown == year) ? "goal.inbox.approvals" : "goal.inbox.approvalsNextYear", waiting,
						null, "/goals?year=" + shown + "&status=SUBMITTED&kind=ALL", 20));
			}
		}
		return items;
	}

}
