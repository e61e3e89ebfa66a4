package org.salesteam.sales.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.product.Products.ProductSummary;
import org.salesteam.sales.OrderLine;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.Payment;
import org.salesteam.sales.SalesOrder;
import org.salesteam.sales.internal.SalesNames;

/**
 * An order as the API and the order page show it, with its names and figures;
 * {@code opportunityId} is the won opportunity it was placed from.
 */
record OrderView(long id, int version, String number, long customerId, String customerName, LocalDate orderDate,
		Long ownerId, String ownerUsername, String ownerName, Long territoryId, String territoryName,
		OrderStatus status, BigDecimal netAmount, BigDecimal cost, BigDecimal grossProfit, LocalDate deliveredOn,
		LocalDate cancelledOn, String cancelReason, LocalDate invoicedOn, BigDecimal invoiceAmount, LocalDate dueDate,
		BigDecimal paidAmount, BigDecimal openReceivable, long daysOverdue, Long creditApprovedBy,
		String creditApprovedByName, String creditApprovalReason, Instant creditApprovedAt, String notes,
		List<Line> lines, List<PaymentView> payments, Long opportunityId, String opportunityName) {

	/** A line with its product. */
	record Line(String lineNo, long productId, String productCode, String productName, String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal discount, BigDecimal netAmount, BigDecimal cost, BigDecimal grossProfit) {
	}

	/** A payment received. */
	record PaymentView(int paymentNo, LocalDate paidOn, BigDecimal amount) {
	}

	static OrderView of(SalesOrder o, SalesNames names, LocalDate today) {
		Map<Long, ProductSummary> products = names
			.products(o.getLines().stream().map(OrderLine::getProductId).distinct().toList());
		List<Line> lines = o.getLines().stream().map((l) -> {
			ProductSummary p = products.get(l.getProductId());
			return new Line(l.getLineNo(), l.getProductId(), (p != null) ? p.code() : null,
					(p != null) ? p.name() : null, (p != null) ? p.unit() : null, l.getQuantity(), l.getUnitPrice(),
					l.getDiscount(), l.getNetAmount(), l.getCost(), l.grossProfit());
		}).toList();
		List<PaymentView> payments = o.getPayments()
			.stream()
			.map((Payment p) -> new PaymentView(p.getPaymentNo(), p.getPaidOn(), p.getAmount()))
			.toList();
		return new OrderView(o.getId(), o.getVersion(), o.getNumber(), o.getCustomerId(),
				names.customer(o.getCustomerId()), o.getOrderDate(), o.getOwnerId(), names.username(o.getOwnerId()),
				names.user(o.getOwnerId()), o.getTerritoryId(), names.territory(o.getTerritoryId()), o.getStatus(),
				o.getNetAmount(), o.getCost(), o.grossProfit(), o.getDeliveredOn(), o.getCancelledOn(),
				o.getCancelReason(), o.getInvoicedOn(), o.getInvoiceAmount(), o.getDueDate(), o.getPaidAmount(),
				o.openReceivable(), o.daysOverdue(today), o.getCreditApprovedBy(), names.user(o.getCreditApprovedBy()),
				o.getCreditApprovalReason(), o.getCreditApprovedAt(), o.getNotes(), lines, payments,
				o.getOpportunityId(), names.opportunity(o.getOpportunityId()));
	}

}
