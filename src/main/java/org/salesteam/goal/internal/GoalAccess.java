package org.salesteam.goal.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.salesteam.goal.Goal;
import org.salesteam.performance.KpiScope;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.stereotype.Component;

/**
 * Who sees, sets and approves which goals. A rep sees their own goals; a manager those of
 * the teams they manage and of those teams' reps (and their own); directors and admins
 * all; support staff none. A goal the user cannot see answers 404. A team's, a
 * territory's or the company's goal is approved by a director (上司批准); a rep's by the
 * rep's manager or a director, never by the rep.
 */
@Component
public class GoalAccess {

	static final String ENTITY = "entity.goal";

	private final VisibilityPolicy policy;

	private final TeamDirectory directory;

	private final GoalRepository goals;

	GoalAccess(VisibilityPolicy policy, TeamDirectory directory, GoalRepository goals) {
		this.policy = policy;
		this.directory = directory;
		this.goals = goals;
	}

	/** What the user sees, for queries: all, or these reps' goals and these teams'. */
	public record Seen(boolean all, List<Long> owners, List<Long> teams) {
	}

	public Seen seen(UserPrincipal user) {
		Visibility visibility = this.policy.of(user);
		List<Long> teams = user.hasRole(Role.MANAGER)
				? this.directory.teamsManagedBy(user.id()).stream().map(TeamDirectory.TeamSummary::id).toList()
				: List.of();
		return new Seen(visibility.all(), visibility.ownerIdsForQuery(),
				teams.isEmpty() ? List.of(Visibility.NO_OWNER) : teams);
	}

	public Goal goal(UserPrincipal user, long id) {
		Seen seen = seen(user);
		Optional<Goal> goal = seen.all() ? this.goals.findById(id)
				: this.goals.findVisible(id, seen.owners(), seen.teams());
		return goal.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/**
	 * Whether the user may set goals for the scope: directors and admins any; a manager
	 * the teams they manage and their reps; a rep their own.
	 */
	public boolean maySet(UserPrincipal user, KpiScope scope, Long ownerId, Long teamId) {
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			return true;
		}
		return switch (scope.kind()) {
			case REP -> ownerId != null && (ownerId == user.id() && user.hasAnyRole(Role.REP, Role.MANAGER)
					|| user.hasRole(Role.MANAGER) && this.policy.of(user).canSee(ownerId));
			case TEAM -> teamId != null && seen(user).teams().contains(teamId);
			default -> false;
		};
	}

	/** Whether the user may approve or send back this goal. */
	public boolean mayApprove(UserPrincipal user, Goal goal) {
		if (user.hasRole(Role.DIRECTOR)) {
			return true;
		}
		if (goal.getOwnerId() == null || !user.hasRole(Role.MANAGER) || Objects.equals(goal.getOwnerId(), user.id())) {
			return false;
		}
		return this.policy.of(user).canSee(goal.getOwnerId());
	}

	/** Whether the user may split this team goal among the team's reps. */
	public boolean mayAllocate(UserPrincipal user, Goal goal) {
		if (goal.getTeamId() == null) {
			return false;
		}
		return user.hasAnyRole(Role.DIRECTOR, Role.ADMIN) || seen(user).teams().contains(goal.getTeamId());
	}

}
