package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Component;

/**
 * The home page's development follow-ups: plans whose next 30/60/90-day follow-up has
 * fallen due and is not yet recorded — a rep's own plans, a manager's team reps' plans
 * ({@link EvaluationAccess#followedReps}). One read for all the plans concerned.
 */
@Component
class PendingDevelopmentFollowUps implements PendingWork {

	private final EvaluationAccess access;

	private final DevelopmentPlanRepository plans;

	private final Clock clock;

	PendingDevelopmentFollowUps(EvaluationAccess access, DevelopmentPlanRepository plans, Clock clock) {
		this.access = access;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public List<Item> pendingFor(UserPrincipal user) {
		Set<Long> reps = this.access.followedReps(user);
		if (reps.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		long due = this.plans.findByRepIdIn(reps)
			.stream()
			.filter((plan) -> plan.nextFollowUpDue().map((day) -> !day.isAfter(today)).orElse(false))
			.count();
		if (due == 0) {
			return List.of();
		}
		return List.of(new Item("evaluation.inbox.followUps", due, null, "/evaluation/plans?followUp=due", 40));
	}

}
