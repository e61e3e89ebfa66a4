package org.salesteam.notify.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.salesteam.customer.CustomerTransferred;
import org.salesteam.customer.Customers;
import org.salesteam.notify.Notice;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Customers reassigned (客户转移): a customer transferred from one rep to another tells the
 * new owner, naming the customer and who had it. Not the previous owner: the customer is
 * no longer theirs to see, and a message may carry nothing its recipient may not see. A
 * customer claimed from the pool (no previous owner) was taken by the rep themself: no
 * notice. Personal: only the new owner receives it (inbox, e-mail), never a robot.
 * <p>
 * Grouped per transaction (ADR 0042): the transfers of one transaction — a bulk transfer,
 * an import — are collected and, just before the commit (still inside the transaction, so
 * recorded with the change), each new owner gets one notice: the single customer's as
 * above, or for several one notice naming how many, from whom, with a link to their
 * customer list. Outside a transaction each transfer is told at once.
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
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			tell(transferred.toOwnerId(), List.of(transferred));
			return;
		}
		Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
		if (batch == null) {
			batch = new Batch();
			TransactionSynchronizationManager.bindResource(this, batch);
			TransactionSynchronizationManager.registerSynchronization(batch);
		}
		batch.byOwner.computeIfAbsent(transferred.toOwnerId(), (owner) -> new ArrayList<>()).add(transferred);
	}

	private void tell(long toOwnerId, List<CustomerTransferred> transfers) {
		Long team = this.reviewers.rep(toOwnerId).map(TeamDirectory.Member::teamId).orElse(null);
		CustomerTransferred first = transfers.get(0);
		String from = String.join("、",
				transfers.stream().map((t) -> this.reviewers.nameOf(t.fromOwnerId())).distinct().toList());
		if (transfers.size() == 1) {
			String name = this.customers.find(first.customerId()).map(Customers.CustomerSummary::name).orElse("?");
			this.events.publishEvent(new Notice(
					BuiltInNoticeTypes.CUSTOMER_TRANSFERRED + ":" + first.customerId() + ":" + first.fromOwnerId() + ":"
							+ toOwnerId + ":" + first.on(),
					BuiltInNoticeTypes.CUSTOMER_TRANSFERRED, team, List.of(toOwnerId),
					"notify.text.customerTransferred", List.of(name, from, this.reviewers.nameOf(toOwnerId)),
					"/customers/" + first.customerId(), this.clock.instant()));
			return;
		}
		// the occurrence: this owner, this day, this set of customers (smallest id and
		// count name it well enough; a second identical batch on the same day is the
		// same news)
		long smallest = transfers.stream().mapToLong(CustomerTransferred::customerId).min().orElseThrow();
		this.events.publishEvent(new Notice(
				BuiltInNoticeTypes.CUSTOMER_TRANSFERRED + ":bulk:" + toOwnerId + ":" + first.on() + ":" + smallest + ":"
						+ transfers.size(),
				BuiltInNoticeTypes.CUSTOMER_TRANSFERRED, team, List.of(toOwnerId), "notify.text.customersTransferred",
				List.of(String.valueOf(transfers.size()), from, this.reviewers.nameOf(toOwnerId)),
				"/customers?owner=" + toOwnerId, this.clock.instant()));
	}

	/** The transfers of one transaction by new owner, told before it commits. */
	private final class Batch implements TransactionSynchronization {

		private final Map<Long, List<CustomerTransferred>> byOwner = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			TransactionSynchronizationManager.unbindResource(CustomerNotices.this);
			this.byOwner.forEach(CustomerNotices.this::tell);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(CustomerNotices.this);
		}

	}

}
