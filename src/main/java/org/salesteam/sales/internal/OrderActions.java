package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.customer.Customers;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.SalesOrder;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a visible order after it was placed: delivery, invoice, payments,
 * cancellation, and the credit approval of an order on hold (by a manager of the rep's
 * team or a director). Dates default to today.
 */
@Service
public class OrderActions {

	private final SalesAccess access;

	private final SalesOrderRepository orders;

	private final Customers customers;

	private final PlacedOrders placed;

	private final Clock clock;

	OrderActions(SalesAccess access, SalesOrderRepository orders, Customers customers, PlacedOrders placed,
			Clock clock) {
		this.access = access;
		this.orders = orders;
		this.customers = customers;
		this.placed = placed;
		this.clock = clock;
	}

	@Transactional
	public SalesOrder deliver(UserPrincipal user, long id, LocalDate on) {
		SalesOrder order = this.access.order(user, id);
		order.deliver(day(on));
		return this.orders.save(order);
	}

	/** The invoice; it falls due after the customer's payment terms of today. */
	@Transactional
	public SalesOrder invoice(UserPrincipal user, long id, LocalDate on, BigDecimal amount) {
		SalesOrder order = this.access.order(user, id);
		int terms = this.customers.find(order.getCustomerId())
			.map(Customers.CustomerSummary::paymentTermsDays)
			.orElse(0);
		order.invoice(day(on), (amount != null) ? amount : order.getNetAmount(), terms);
		return this.orders.save(order);
	}

	@Transactional
	public SalesOrder receivePayment(UserPrincipal user, long id, LocalDate on, BigDecimal amount) {
		SalesOrder order = this.access.order(user, id);
		order.receivePayment(day(on), amount, user.id());
		return this.orders.save(order);
	}

	@Transactional
	public SalesOrder cancel(UserPrincipal user, long id, String reason) {
		SalesOrder order = this.access.order(user, id);
		order.cancel(LocalDate.now(this.clock), reason);
		return this.orders.save(order);
	}

	@Transactional
	public SalesOrder approveCredit(UserPrincipal user, long id, String reason) {
		SalesOrder order = this.access.order(user, id);
		if (!this.access.isSuperiorOf(user, order.getOwnerId())) {
			throw new AccessDeniedException("credit approvals are for the rep's manager or a director");
		}
		boolean nowPlaced = order.approveCredit(user.id(), reason, this.clock.instant());
		order = this.orders.save(order);
		if (nowPlaced) {
			this.placed.recordOnCustomer(order);
		}
		return order;
	}

	private LocalDate day(LocalDate on) {
		LocalDate today = LocalDate.now(this.clock);
		if (on != null && on.isAfter(today)) {
			throw BusinessRuleException.onField("date", "sales.order.error.futureDate");
		}
		return (on != null) ? on : today;
	}

}
