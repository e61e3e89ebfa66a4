package org.salesteam.notify.internal;

import java.util.List;
import java.util.Set;

import org.salesteam.notify.NoticeTypes;

import org.springframework.stereotype.Component;

/**
 * The event types {@code notify} itself builds from the events of visit, goal, sales and
 * customer, service and retention, and from its scheduled jobs (the morning digest, reps
 * behind standard).
 */
@Component
class BuiltInNoticeTypes implements NoticeTypes {

	static final String VISIT_PLAN_SUBMITTED = "VISIT_PLAN_SUBMITTED";

	static final String VISIT_PLAN_APPROVED = "VISIT_PLAN_APPROVED";

	static final String VISIT_PLAN_RETURNED = "VISIT_PLAN_RETURNED";

	static final String GOAL_SUBMITTED = "GOAL_SUBMITTED";

	static final String GOAL_APPROVED = "GOAL_APPROVED";

	static final String GOAL_REJECTED = "GOAL_REJECTED";

	static final String ORDER_CREDIT_PENDING = "ORDER_CREDIT_PENDING";

	static final String ORDER_CREDIT_DECIDED = "ORDER_CREDIT_DECIDED";

	/** The rep's morning digest: today's visits and the follow-ups due tomorrow. */
	static final String VISITS_TODAY = "VISITS_TODAY";

	/** Monday morning, to a team's manager: the reps behind standard last week. */
	static final String REPS_BEHIND_STANDARD = "REPS_BEHIND_STANDARD";

	/** A customer was transferred from one rep to another. */
	static final String CUSTOMER_TRANSFERRED = "CUSTOMER_TRANSFERRED";

	/** A service request went past its deadline. */
	static final String SERVICE_REQUEST_BREACHED = "SERVICE_REQUEST_BREACHED";

	/** A customer's stored at-risk score entered the HIGH band (ADR 0042). */
	static final String CUSTOMER_HIGH_RISK = "CUSTOMER_HIGH_RISK";

	/**
	 * Satisfaction surveys the application created wait for the owner to pass them on
	 * (ADR 0047).
	 */
	static final String SURVEYS_READY = "SURVEYS_READY";

	@Override
	public List<String> types() {
		return List.of(VISIT_PLAN_SUBMITTED, VISIT_PLAN_APPROVED, VISIT_PLAN_RETURNED, GOAL_SUBMITTED, GOAL_APPROVED,
				GOAL_REJECTED, ORDER_CREDIT_PENDING, ORDER_CREDIT_DECIDED, VISITS_TODAY, REPS_BEHIND_STANDARD,
				CUSTOMER_TRANSFERRED, SERVICE_REQUEST_BREACHED, CUSTOMER_HIGH_RISK, SURVEYS_READY);
	}

	/**
	 * The digest names the rep's customers, a transfer or a survey the customer:
	 * recipients only.
	 */
	@Override
	public Set<String> personal() {
		return Set.of(VISITS_TODAY, CUSTOMER_TRANSFERRED, SURVEYS_READY);
	}

}
