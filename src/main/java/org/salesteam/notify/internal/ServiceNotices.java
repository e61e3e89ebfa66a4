package org.salesteam.notify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.salesteam.customer.Customers;
import org.salesteam.notify.Notice;
import org.salesteam.service.ServiceRequestBreached;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Service requests past their deadline (服务请求超时): the customer's owner and the owner's
 * manager learn it, and the owner's team's robots when subscribed. The text names the
 * owner and the request's number — not the customer or the complaint, which the team's
 * other members may not see.
 */
@Component
class ServiceNotices {

	private final Customers customers;

	private final Reviewers reviewers;

	private final ApplicationEventPublisher events;

	ServiceNotices(Customers customers, Reviewers reviewers, ApplicationEventPublisher events) {
		this.customers = customers;
		this.reviewers = reviewers;
		this.events = events;
	}

	@EventListener
	void on(ServiceRequestBreached breached) {
		Optional<TeamDirectory.Member> owner = this.customers.find(breached.customerId())
			.map(Customers.CustomerSummary::ownerId)
			.flatMap(this.reviewers::rep);
		List<Long> to = new ArrayList<>();
		owner.ifPresent((o) -> to.add(o.id()));
		owner.flatMap(this.reviewers::managerOf).ifPresent(to::add);
		this.events.publishEvent(new Notice(BuiltInNoticeTypes.SERVICE_REQUEST_BREACHED + ":" + breached.requestId(),
				BuiltInNoticeTypes.SERVICE_REQUEST_BREACHED, owner.map(TeamDirectory.Member::teamId).orElse(null), to,
				"notify.text.serviceRequestBreached",
				List.of(String.valueOf(breached.requestId()), owner.map(TeamDirectory.Member::displayName).orElse("—")),
				"/service-requests", breached.at()));
	}

}
