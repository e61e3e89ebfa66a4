package org.salesteam.notify.internal;

import java.util.List;

import org.salesteam.notify.NoticeTypes;

import org.springframework.stereotype.Component;

/**
 * The event types {@code notify} itself builds from the events of visit, goal and sales.
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

	@Override
	public List<String> types() {
		return List.of(VISIT_PLAN_SUBMITTED, VISIT_PLAN_APPROVED, VISIT_PLAN_RETURNED, GOAL_SUBMITTED, GOAL_APPROVED,
				GOAL_REJECTED, ORDER_CREDIT_PENDING, ORDER_CREDIT_DECIDED);
	}

}
