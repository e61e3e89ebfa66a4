package org.salesteam.goal.internal;

import java.time.Clock;
import java.util.List;

import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalReviewed;
import org.salesteam.goal.GoalSubmitted;
import org.salesteam.goal.GoalStatus;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.PeriodKind;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets goals and moves them through review. Every check happens before anything is
 * written. One goal per type, scope and period (except the customer and segment goals,
 * which name their subject).
 */
@Service
public class GoalEditing {

	private final GoalAccess access;

	private final GoalScopes scopes;

	private final GoalRepository goals;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	GoalEditing(GoalAccess access, GoalScopes scopes, GoalRepository goals, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.access = access;
		this.scopes = scopes;
		this.goals = goals;
		this.clock = clock;
	}

	@Transactional
	public Goal create(UserPrincipal user, GoalData data) {
		requireSalesRole(user);
		if (data.type() == null) {
			throw BusinessRuleException.onField("type", "goal.error.required");
		}
		GoalScopes.Resolved scope = this.scopes.resolve(data.scope());
		PeriodKind.Period period = PeriodKind.parse(data.period());
		if (!this.access.maySet(user, scope.scope(), scope.ownerId(), scope.teamId())) {
			throw BusinessRuleException.onField("scope", "goal.error.scopeNotAllowed");
		}
		requireUnique(data.type(), scope.scope().format(), period, null);
		Goal goal = new Goal(data.type(), scope.scope().format(), scope.ownerId(), scope.teamId(), period);
		goal.describe(data.target(), data.stretch(), data.customerId(), data.productCategory(), data.segmentId(),
				data.notes());
		return this.goals.save(goal);
	}

	/** Changes the figures of a draft (type, scope and period stay). */
	@Transactional
	public Goal revise(UserPrincipal user, long id, Integer version, GoalData data) {
		Goal goal = editable(user, id);
		if (version != null && goal.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Goal.class, id);
		}
		goal.describe(data.target(), data.stretch(), data.customerId(), data.productCategory(), data.segmentId(),
				data.notes());
		return this.goals.save(goal);
	}

	@Transactional
	public void delete(UserPrincipal user, long id) {
		Goal goal = editable(user, id);
		if (goal.getStatus() != GoalStatus.DRAFT) {
			throw new BusinessRuleException("goal.error.notDraft");
		}
		if (!this.goals.findByParentId(goal.getId()).isEmpty()) {
			throw new BusinessRuleException("goal.error.hasParts");
		}
		this.goals.delete(goal);
	}

	/**
	 * Hands a draft to the superior; a director, at the top of the chain, needs nobody's
	 * approval: their goal is approved at once (by them, in the audit trail).
	 */
	@Transactional
	public Goal submit(UserPrincipal user, long id) {
		Goal goal = editable(user, id);
		goal.submit();
		if (approvesOwnGoals(user)) {
			// a director's own goal: nobody else reviews it, so no one is notified
			return approved(user, goal, null);
		}
		goal = this.goals.save(goal);
		this.events.publishEvent(new GoalSubmitted(goal.getId(), goal.getType(), goal.getOwnerId(), goal.getTeamId(),
				goal.getPeriod().label(), user.id(), this.clock.instant()));
		return goal;
	}

	/** Whether the user's goals take effect without review (a director's). */
	public static boolean approvesOwnGoals(UserPrincipal user) {
		return user.hasRole(Role.DIRECTOR);
	}

	@Transactional
	public Goal approve(UserPrincipal user, long id, String comment) {
		return reviewed(approved(user, reviewable(user, id), comment), true, user);
	}

	/**
	 * Approves a submitted goal and, for a team goal, the reps' parts allocated under it,
	 * in the same transaction.
	 */
	private Goal approved(UserPrincipal user, Goal goal, String comment) {
		goal.approve(user.id(), this.clock.instant(), comment);
		List<Goal> parts = this.goals.findByParentId(goal.getId());
		parts.forEach((part) -> part.approveWithTeam(user.id(), this.clock.instant()));
		this.goals.saveAll(parts);
		return this.goals.save(goal);
	}

	@Transactional
	public Goal sendBack(UserPrincipal user, long id, String comment) {
		Goal goal = reviewable(user, id);
		goal.sendBack(comment);
		return reviewed(this.goals.save(goal), false, user);
	}

	private Goal reviewed(Goal goal, boolean approved, UserPrincipal reviewer) {
		this.events.publishEvent(new GoalReviewed(goal.getId(), goal.getType(), goal.getOwnerId(), goal.getTeamId(),
				goal.getPeriod().label(), approved, goal.getReviewComment(), reviewer.id(), this.clock.instant()));
		return goal;
	}

	private Goal editable(UserPrincipal user, long id) {
		Goal goal = this.access.goal(user, id);
		GoalScopes.Resolved scope = this.scopes.resolve(goal.getScope());
		if (!this.access.maySet(user, scope.scope(), goal.getOwnerId(), goal.getTeamId())) {
			throw new AccessDeniedException("not allowed to set this goal");
		}
		return goal;
	}

	private Goal reviewable(UserPrincipal user, long id) {
		Goal goal = this.access.goal(user, id);
		if (!this.access.mayApprove(user, goal)) {
			throw new AccessDeniedException("not the superior");
		}
		return goal;
	}

	private void requireUnique(GoalType type, String scope, PeriodKind.Period period, Long except) {
		if (type == GoalType.CUSTOMER_PRODUCT || type == GoalType.SEGMENT_SALES) {
			return;
		}
		boolean taken = this.goals.findByTypeAndScopeAndPeriodFromAndPeriodTo(type, scope, period.from(), period.to())
			.stream()
			.anyMatch((other) -> !other.getId().equals(except));
		if (taken) {
			throw BusinessRuleException.onField("period", "goal.error.duplicate");
		}
	}

	private static void requireSalesRole(UserPrincipal user) {
		if (!user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("no sales rights");
		}
	}

}
