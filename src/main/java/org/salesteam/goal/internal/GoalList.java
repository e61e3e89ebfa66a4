package org.salesteam.goal.internal;

import java.time.LocalDate;
import java.util.List;

import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalStatus;
import org.salesteam.goal.GoalType;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goals a user sees whose period overlaps a year, newest period first. */
@Service
public class GoalList {

	private final GoalAccess access;

	private final GoalRepository goals;

	GoalList(GoalAccess access, GoalRepository goals) {
		this.access = access;
		this.goals = goals;
	}

	@Transactional(readOnly = true)
	public List<Goal> find(UserPrincipal user, int year, GoalStatus status, GoalType type, String scope) {
		GoalAccess.Seen seen = this.access.seen(user);
		if (!seen.all() && !user.hasAnyRole(org.salesteam.platform.Role.REP, org.salesteam.platform.Role.MANAGER)) {
			return List.of();
		}
		return this.goals.findVisible(seen.all(), seen.owners(), seen.teams(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), status, type, (scope == null || scope.isBlank()) ? null : scope.trim());
	}

	/** Goals waiting for this user's approval. */
	@Transactional(readOnly = true)
	public List<Goal> awaiting(UserPrincipal user, int year) {
		return find(user, year, GoalStatus.SUBMITTED, null, null).stream()
			.filter((goal) -> this.access.mayApprove(user, goal))
			.toList();
	}

	/** The team goal a rep's goal was allocated from, if the user sees it. */
	@Transactional(readOnly = true)
	public java.util.Optional<Goal> parentOf(UserPrincipal user, long parentId) {
		try {
			return java.util.Optional.of(this.access.goal(user, parentId));
		}
		catch (org.salesteam.platform.NotFoundException ex) {
			return java.util.Optional.empty();
		}
	}

	/** The reps' goals allocated from a team goal (the user sees the team goal). */
	@Transactional(readOnly = true)
	public List<Goal> partsOf(UserPrincipal user, long goalId) {
		this.access.goal(user, goalId);
		return this.goals.findByParentId(goalId)
			.stream()
			.sorted(java.util.Comparator.comparing(Goal::getScope))
			.toList();
	}

}
