package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.customer.CustomerClassChanged;
import org.salesteam.customer.CustomerLost;
import org.salesteam.sales.OrderCancelled;
import org.salesteam.sales.OrderPlaced;
import org.salesteam.sales.OrdersImported;
import org.salesteam.sales.PaymentReceived;
import org.salesteam.service.ServiceRequestBreached;
import org.salesteam.service.ServiceRequestClosed;
import org.salesteam.visit.VisitCompleted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps today's stored scores current (ADR 0040): when a customer's orders, payments,
 * completed visits, service requests, class or status change, its row of today is
 * forgotten in the same transaction as the change, and the next list computes and stores
 * it again. Synchronous on purpose: a list read right after the change must not sort by
 * the old score, and a rolled-back change forgets nothing.
 */
@Component
class ScoresFollowChanges {

	private final StoredScores stored;

	private final Clock clock;

	ScoresFollowChanges(StoredScores stored, Clock clock) {
		this.stored = stored;
		this.clock = clock;
	}

	/** Forgets today's row of the customer (also for this module's own changes). */
	void changed(long customerId) {
		this.stored.forget(LocalDate.now(this.clock), List.of(customerId));
	}

	@EventListener
	void on(OrderPlaced event) {
		changed(event.customerId());
	}

	@EventListener
	void on(OrderCancelled event) {
		changed(event.customerId());
	}

	@EventListener
	void on(OrdersImported event) {
		Set<Long> customers = new HashSet<>(event.changed());
		event.created().forEach((order) -> customers.add(order.customerId()));
		this.stored.forget(LocalDate.now(this.clock), customers);
	}

	@EventListener
	void on(PaymentReceived event) {
		changed(event.customerId());
	}

	@EventListener
	void on(VisitCompleted event) {
		changed(event.customerId());
	}

	@EventListener
	void on(ServiceRequestClosed event) {
		changed(event.customerId());
	}

	@EventListener
	void on(ServiceRequestBreached event) {
		changed(event.customerId());
	}

	@EventListener
	void on(CustomerClassChanged event) {
		changed(event.customerId());
	}

	@EventListener
	void on(CustomerLost event) {
		changed(event.customerId());
	}

}
