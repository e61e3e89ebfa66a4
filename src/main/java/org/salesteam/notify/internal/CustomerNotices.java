package org.salesteam.notify.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.salesteam.customer.CustomerTransferred;
import org.salesteam.customer.Customers;
import org.salesteam.notify.Notice;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Customers reassigned (客户转移): a customer transferred from one rep to another tells the
 * new owner, naming the customer and who had it. Not the previous owner: the customer is
 * no longer theirs to see, and a message may carry nothing its recipient may not see. A
 * customer claimed from the pool (no previous owner) was taken by the rep themself: no
 * notice. Personal: only the new owner receives it (inbox, e-mail), never a robot.
 */
@Component
class CustomerNotices {

	private final Customers customers;

	private final Reviewers reviewers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CustomerNotices(Customers customers, Reviewers reviewers, ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.reviewers = reviewers;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(CustomerTransferred transferred) {
		if (transferred.fromOwnerId() == null || Objects.equals(transferred.fromOwnerId(), transferred.toOwnerId())) {
			return;
		}
		String name = this.customers.find(transferred.customerId()).map(Customers.CustomerSummary::name).orElse("?");
		Long team = this.reviewers.rep(transferred.toOwnerId()).map(TeamDirectory.Member::teamId).orElse(null);
		this.events.publishEvent(new Notice(
				BuiltInNoticeTypes.CUSTOMER_TRANSFERRED + ":" + transferred.customerId() + ":"
						+ transferred.fromOwnerId() + ":" + transferred.toOwnerId() + ":" + transferred.on(),
				BuiltInNoticeTypes.CUSTOMER_TRANSFERRED, team, List.of(transferred.toOwnerId()),
				"notify.text.customerTransferred",
				List.of(name, this.reviewers.nameOf(transferred.fromOwnerId()),
						this.reviewers.nameOf(transferred.toOwnerId())),
				"/customers/" + transferred.customerId(), this.clock.instant()));
	}

}
