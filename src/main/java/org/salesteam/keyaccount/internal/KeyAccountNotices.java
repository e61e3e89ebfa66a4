package org.salesteam.keyaccount.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.salesteam.customer.Customers;
import org.salesteam.notify.Notice;
import org.salesteam.notify.NoticeTypes;
import org.salesteam.service.ServiceRequestAssigned;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The key-account notices (ADR 0048), personal since their text names the customer. A
 * submitted plan tells its approver: the manager of the team of the customer's owner,
 * unless that manager submitted it; with no such manager nobody is told (directors find
 * it in their inbox of pending work); a returned plan submitted again is told again. A
 * hand-over tells the new key-account manager. A service request routed to a team member
 * tells them, unless they opened it themselves (ADR 0052).
 */
@Component
class KeyAccountNotices implements NoticeTypes {

	static final String SUBMITTED = "KEY_ACCOUNT_PLAN_SUBMITTED";

	static final String HANDOVER = "KEY_ACCOUNT_HANDOVER";

	static final String ROUTED = "SERVICE_REQUEST_ROUTED";

	private final Customers customers;

	private final TeamDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KeyAccountNotices(Customers customers, TeamDirectory directory, ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<String> types() {
		return List.of(SUBMITTED, HANDOVER, ROUTED);
	}

	@Override
	public Set<String> personal() {
		return Set.of(SUBMITTED, HANDOVER, ROUTED);
	}

	void submitted(KeyAccountPlan plan, long submitterId) {
		Customers.CustomerSummary customer = this.customers.find(plan.getCustomerId()).orElseThrow();
		Optional<TeamDirectory.Member> owner = Optional.ofNullable(customer.ownerId())
			.flatMap(this.directory::findMember);
		Long teamId = owner.map(TeamDirectory.Member::teamId).orElse(null);
		Optional<Long> approver = this.directory.allTeams()
			.stream()
			.filter((team) -> teamId != null && team.id() == teamId && team.managerId() != null
					&& team.managerId() != submitterId)
			.map(TeamDirectory.TeamSummary::managerId)
			.findFirst();
		if (approver.isEmpty()) {
			return;
		}
		String submitter = this.directory.findMember(submitterId).map(TeamDirectory.Member::displayName).orElse("?");
		this.events.publishEvent(new Notice(SUBMITTED + ":" + plan.getId() + ":" + this.clock.instant(), SUBMITTED,
				teamId, List.of(approver.get()), "keyaccount.notice.planSubmitted",
				List.of(customer.name(), String.valueOf(plan.getYear()), submitter),
				"/key-accounts/plans/" + plan.getId(), this.clock.instant()));
	}

	void handedOver(Handover handover) {
		Customers.CustomerSummary customer = this.customers.find(handover.getCustomerId()).orElseThrow();
		String by = this.directory.findMember(handover.getHandedOverBy())
			.map(TeamDirectory.Member::displayName)
			.orElse("?");
		Long teamId = this.directory.findMember(handover.getToUserId()).map(TeamDirectory.Member::teamId).orElse(null);
		this.events.publishEvent(new Notice(HANDOVER + ":" + handover.getId(), HANDOVER, teamId,
				List.of(handover.getToUserId()), "keyaccount.notice.handedOver", List.of(customer.name(), by),
				"/customers/" + customer.id() + "/key-account", this.clock.instant()));
	}

	/** In the transaction that opens the request, like every notice (ADR 0027). */
	@EventListener
	void routed(ServiceRequestAssigned assigned) {
		if (assigned.assigneeId() == assigned.openedBy()) {
			return;
		}
		Customers.CustomerSummary customer = this.customers.find(assigned.customerId()).orElseThrow();
		Long teamId = this.directory.findMember(assigned.assigneeId()).map(TeamDirectory.Member::teamId).orElse(null);
		this.events.publishEvent(new Notice(ROUTED + ":" + assigned.requestId(), ROUTED, teamId,
				List.of(assigned.assigneeId()), "keyaccount.notice.serviceRouted",
				List.of(customer.name(), assigned.subject()), "/service-requests", this.clock.instant()));
	}

}
