package org.salesteam.notify.internal;

import java.util.List;
import java.util.Optional;

import org.salesteam.notify.Notice;
import org.salesteam.sales.OrderCreditApproved;
import org.salesteam.sales.OrderHeldForCredit;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Credit approvals (信用审批): an order on credit hold tells the owner's manager; its
 * approval tells the owner (and whoever entered it). The text names the order number and
 * the rep — no amounts, no customer figures.
 */
@Component
class OrderCreditNotices {

	private final Reviewers reviewers;

	private final ApplicationEventPublisher events;

	OrderCreditNotices(Reviewers reviewers, ApplicationEventPublisher events) {
		this.reviewers = reviewers;
		this.events = events;
	}

	@EventListener
	void on(OrderHeldForCredit held) {
		Optional<TeamDirectory.Member> owner = (held.ownerId() == null) ? Optional.empty()
				: this.reviewers.rep(held.ownerId());
		List<Long> to = owner.flatMap(this.reviewers::managerOf).stream().toList();
		this.events.publishEvent(new Notice(BuiltInNoticeTypes.ORDER_CREDIT_PENDING + ":" + held.orderId(),
				BuiltInNoticeTypes.ORDER_CREDIT_PENDING, owner.map(TeamDirectory.Member::teamId).orElse(null), to,
				"notify.text.orderCreditPending",
				List.of(held.orderNumber(), owner.map(TeamDirectory.Member::displayName).orElse("—")),
				"/orders/" + held.orderId(), null));
	}

	@EventListener
	void on(OrderCreditApproved approved) {
		Optional<TeamDirectory.Member> owner = (approved.ownerId() == null) ? Optional.empty()
				: this.reviewers.rep(approved.ownerId());
		List<Long> to = owner.map(TeamDirectory.Member::id)
			.stream()
			.filter((id) -> id != approved.approverId())
			.toList();
		this.events
			.publishEvent(new Notice(
					BuiltInNoticeTypes.ORDER_CREDIT_DECIDED + ":" + approved.orderId() + ":"
							+ approved.at().toEpochMilli(),
					BuiltInNoticeTypes.ORDER_CREDIT_DECIDED, owner.map(TeamDirectory.Member::teamId).orElse(null), to,
					"notify.text.orderCreditApproved",
					List.of(approved.orderNumber(), this.reviewers.nameOf(approved.approverId()),
							(approved.reason() == null) ? "" : approved.reason()),
					"/orders/" + approved.orderId(), approved.at()));
	}

}
