package org.salesteam.notify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.salesteam.customer.Customers;
import org.salesteam.notify.Notice;
import org.salesteam.retention.CustomerTurnedHighRisk;
import org.salesteam.retention.SurveysReady;
import org.salesteam.service.ServiceRequestBreached;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a customer's owner and the owner's manager learn, and the owner's team's robots
 * when subscribed:
 * <ul>
 * <li>a service request past its deadline (服务请求超时): the text names the owner and the
 * request's number — not the customer or the complaint, which the team's other members
 * may not see;</li>
 * <li>a customer turned HIGH risk (客户流失风险升为高, ADR 0042), once per transition (retention
 * publishes one event per customer and transition; the key
 * {@code CUSTOMER_HIGH_RISK:<customer>:<day>} makes a second run of the nightly job a
 * no-op): the inbox text names the customer, the robots get its {@code .channel} variant
 * with the owner and the scores only. A customer in the pool has nobody to tell.</li>
 * <li>satisfaction surveys the application created for the customer (ADR 0047): the owner
 * alone is told to take their links on the survey page and pass them on; the notice
 * carries no link (no token exists until the owner takes it).</li>
 * </ul>
 */
@Component
class OwnerNotices {

	private final Customers customers;

	private final Reviewers reviewers;

	private final ApplicationEventPublisher events;

	OwnerNotices(Customers customers, Reviewers reviewers, ApplicationEventPublisher events) {
		this.customers = customers;
		this.reviewers = reviewers;
		this.events = events;
	}

	@EventListener
	void on(ServiceRequestBreached breached) {
		Optional<TeamDirectory.Member> owner = ownerOf(breached.customerId());
		this.events.publishEvent(new Notice(BuiltInNoticeTypes.SERVICE_REQUEST_BREACHED + ":" + breached.requestId(),
				BuiltInNoticeTypes.SERVICE_REQUEST_BREACHED, owner.map(TeamDirectory.Member::teamId).orElse(null),
				ownerAndManager(owner), "notify.text.serviceRequestBreached",
				List.of(String.valueOf(breached.requestId()), owner.map(TeamDirectory.Member::displayName).orElse("—")),
				"/service-requests", breached.at()));
	}

	@EventListener
	void on(CustomerTurnedHighRisk turned) {
		Optional<TeamDirectory.Member> owner = ownerOf(turned.customerId());
		if (owner.isEmpty()) {
			return;
		}
		String name = this.customers.find(turned.customerId()).map(Customers.CustomerSummary::name).orElse("?");
		this.events.publishEvent(
				new Notice(BuiltInNoticeTypes.CUSTOMER_HIGH_RISK + ":" + turned.customerId() + ":" + turned.on(),
						BuiltInNoticeTypes.CUSTOMER_HIGH_RISK, owner.get().teamId(), ownerAndManager(owner),
						"notify.text.customerHighRisk",
						List.of(name, owner.get().displayName(), String.valueOf(turned.risk()),
								String.valueOf(turned.previousRisk())),
						"/customers/" + turned.customerId(), turned.at()));
	}

	@EventListener
	void on(SurveysReady ready) {
		Optional<TeamDirectory.Member> owner = ownerOf(ready.customerId());
		if (owner.isEmpty()) {
			return;
		}
		String name = this.customers.find(ready.customerId()).map(Customers.CustomerSummary::name).orElse("?");
		this.events.publishEvent(new Notice(BuiltInNoticeTypes.SURVEYS_READY + ":" + ready.surveyIds().get(0),
				BuiltInNoticeTypes.SURVEYS_READY, owner.get().teamId(), List.of(owner.get().id()),
				"notify.text.surveysReady." + ready.origin(), List.of(name, String.valueOf(ready.surveyIds().size())),
				"/retention/surveys", ready.at()));
	}

	private Optional<TeamDirectory.Member> ownerOf(long customerId) {
		return this.customers.find(customerId).map(Customers.CustomerSummary::ownerId).flatMap(this.reviewers::rep);
	}

	private List<Long> ownerAndManager(Optional<TeamDirectory.Member> owner) {
		List<Long> to = new ArrayList<>();
		owner.ifPresent((o) -> to.add(o.id()));
		owner.flatMap(this.reviewers::managerOf).ifPresent(to::add);
		return to;
	}

}
