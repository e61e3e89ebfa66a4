package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * 订单: what a customer ordered, from whom, and how it was delivered, invoiced and paid.
 * State changes only through the methods below, which guard the rules; becoming a sale,
 * cancellation and payments are published as events when the order is saved. The header
 * keeps the totals of its lines and payments.
 */
@Entity
@Audited("order")
@Table(name = "sales_order")
public class SalesOrder extends AbstractAggregate {

	@Column(name = "order_number", nullable = false, length = 40)
	private String number;

	@Column(name = "customer_id", nullable = false)
	private long customerId;

	@Column(name = "order_date", nullable = false)
	private LocalDate orderDate;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "territory_id")
	private Long territoryId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OrderStatus status;

	@Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
	private BigDecimal netAmount;

	@Column(nullable = false, precision = 19, scale = 2)
	private BigDecimal cost;

	@Column(name = "delivered_on")
	private LocalDate deliveredOn;

	@Column(name = "cancelled_on")
	private LocalDate cancelledOn;

	@Column(name = "cancel_reason", length = 500)
	private String cancelReason;

	@Column(name = "invoiced_on")
	private LocalDate invoicedOn;

	@Column(name = "invoice_amount", precision = 19, scale = 2)
	private BigDecimal invoiceAmount;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "paid_amount", nullable = false, precision = 19, scale = 2)
	private BigDecimal paidAmount = BigDecimal.ZERO.setScale(2);

	@Column(name = "credit_approved_by")
	private Long creditApprovedBy;

	@Column(name = "credit_approval_reason", length = 500)
	private String creditApprovalReason;

	@Column(name = "credit_approved_at")
	private Instant creditApprovedAt;

	@Column(length = 2000)
	private String notes;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "opportunity_id")
	private Long opportunityId;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
	@OrderBy("lineNo")
	private List<OrderLine> lines = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "payment", joinColumns = @JoinColumn(name = "order_id"))
	@OrderBy("paymentNo")
	private List<Payment> payments = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected SalesOrder() {
	}

	/**
	 * A new order, confirmed — or on credit hold when {@code onCreditHold} — with at
	 * least one line.
	 */
	public SalesOrder(String number, long customerId, LocalDate orderDate, Long ownerId, Long territoryId,
			List<OrderLine> lines, boolean onCreditHold, Long createdBy, String notes) {
		if (lines == null || lines.isEmpty()) {
			throw BusinessRuleException.onField("lines", "sales.order.error.noLines");
		}
		this.number = Objects.requireNonNull(number);
		this.customerId = customerId;
		this.orderDate = Objects.requireNonNull(orderDate);
		this.ownerId = ownerId;
		this.territoryId = territoryId;
		this.lines = new ArrayList<>(lines);
		this.netAmount = this.lines.stream().map(OrderLine::getNetAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		this.cost = this.lines.stream().map(OrderLine::getCost).reduce(BigDecimal.ZERO, BigDecimal::add);
		this.status = onCreditHold ? OrderStatus.CREDIT_HOLD : OrderStatus.CONFIRMED;
		this.createdBy = createdBy;
		this.notes = notes;
	}

	/**
	 * Links a new order to the won opportunity it was placed from; the link is set once,
	 * on placing, and kept.
	 */
	public void placedFrom(long opportunityId) {
		if (getId() != null) {
			throw new IllegalStateException("an order is linked to its opportunity when placed");
		}
		this.opportunityId = opportunityId;
	}

	/**
	 * Publishes {@link OrderPlaced} for a new confirmed order; call once its id is known.
	 */
	public void announcePlacement() {
		if (this.status.isPlaced()) {
			this.events.add(placed());
		}
	}

	/**
	 * Publishes {@link OrderHeldForCredit} for a new order on credit hold; call once its
	 * id is known.
	 */
	public void announceCreditHold() {
		if (this.status == OrderStatus.CREDIT_HOLD) {
			this.events
				.add(new OrderHeldForCredit(getId(), this.number, this.customerId, this.ownerId, this.createdBy));
		}
	}

	/**
	 * A manager's credit approval with its reason. An order on credit hold is confirmed
	 * and becomes a sale; a new order is simply marked approved.
	 * @return whether the order became a sale now
	 */
	public boolean approveCredit(long approverId, String reason, Instant at) {
		checkReason(reason);
		if (this.status == OrderStatus.CANCELLED) {
			throw new BusinessRuleException("sales.order.error.cancelled");
		}
		if (this.creditApprovedBy != null && this.status != OrderStatus.CREDIT_HOLD) {
			throw new BusinessRuleException("sales.credit.error.alreadyApproved");
		}
		this.creditApprovedBy = approverId;
		this.creditApprovalReason = reason.trim();
		this.creditApprovedAt = at;
		if (this.status == OrderStatus.CREDIT_HOLD) {
			this.status = OrderStatus.CONFIRMED;
			if (getId() != null) {
				this.events.add(new OrderCreditApproved(getId(), this.number, this.customerId, this.ownerId, approverId,
						this.creditApprovalReason, at));
				this.events.add(placed());
			}
			return true;
		}
		return false;
	}

	public void deliver(LocalDate on) {
		if (this.status != OrderStatus.CONFIRMED) {
			throw new BusinessRuleException("sales.order.error.notDeliverable");
		}
		checkNotBeforeOrder(on, "date");
		this.status = OrderStatus.DELIVERED;
		this.deliveredOn = on;
	}

	/** The invoice, once; it is due {@code paymentTermsDays} after {@code on}. */
	public void invoice(LocalDate on, BigDecimal amount, int paymentTermsDays) {
		if (!this.status.isPlaced()) {
			throw new BusinessRuleException("sales.order.error.notInvoiceable");
		}
		if (this.invoicedOn != null) {
			throw new BusinessRuleException("sales.order.error.alreadyInvoiced");
		}
		checkPositive(amount);
		checkNotBeforeOrder(on, "date");
		this.invoicedOn = on;
		this.invoiceAmount = OrderLine.fen(amount);
		this.dueDate = Receivables.dueDate(on, paymentTermsDays);
	}

	/** A payment against the invoice; never more than is open. */
	public void receivePayment(LocalDate on, BigDecimal amount, Long recordedBy) {
		if (this.invoicedOn == null || this.status == OrderStatus.CANCELLED) {
			throw new BusinessRuleException("sales.order.error.notInvoiced");
		}
		checkPositive(amount);
		checkNotBeforeOrder(on, "date");
		BigDecimal paid = OrderLine.fen(amount);
		if (paid.compareTo(openReceivable()) > 0) {
			throw BusinessRuleException.onField("amount", "sales.order.error.overpaid", openReceivable());
		}
		int next = this.payments.stream().mapToInt(Payment::getPaymentNo).max().orElse(0) + 1;
		this.payments.add(new Payment(next, on, paid, recordedBy));
		this.paidAmount = this.paidAmount.add(paid);
		this.events.add(new PaymentReceived(getId(), this.customerId, this.ownerId, on, paid,
				this.dueDate != null && on.isAfter(this.dueDate)));
	}

	/**
	 * Cancels the order with a reason; an order with payments must have them refunded
	 * first.
	 */
	public void cancel(LocalDate on, String reason) {
		if (this.status == OrderStatus.CANCELLED) {
			throw new BusinessRuleException("sales.order.error.cancelled");
		}
		checkReason(reason);
		if (this.paidAmount.signum() > 0) {
			throw new BusinessRuleException("sales.order.error.hasPayments");
		}
		boolean wasPlaced = this.status.isPlaced();
		this.status = OrderStatus.CANCELLED;
		this.cancelledOn = on;
		this.cancelReason = reason.trim();
		this.events.add(new OrderCancelled(getId(), this.customerId, this.ownerId, this.territoryId, this.orderDate, on,
				this.cancelReason, this.netAmount, this.cost, wasPlaced));
	}

	/** Invoiced and not yet paid; nothing for a cancelled order. */
	public BigDecimal openReceivable() {
		if (this.invoiceAmount == null || this.status == OrderStatus.CANCELLED) {
			return BigDecimal.ZERO.setScale(2);
		}
		return this.invoiceAmount.subtract(this.paidAmount).max(BigDecimal.ZERO);
	}

	public long daysOverdue(LocalDate today) {
		return Receivables.daysOverdue(this.dueDate, openReceivable(), today);
	}

	public BigDecimal grossProfit() {
		return this.netAmount.subtract(this.cost);
	}

	private OrderPlaced placed() {
		return new OrderPlaced(getId(), this.number, this.customerId, this.ownerId, this.territoryId, this.orderDate,
				this.netAmount, this.cost);
	}

	private void checkNotBeforeOrder(LocalDate on, String field) {
		if (on == null) {
			throw BusinessRuleException.onField(field, "sales.validation.required");
		}
		if (on.isBefore(this.orderDate)) {
			throw BusinessRuleException.onField(field, "sales.order.error.beforeOrderDate", this.orderDate);
		}
	}

	private static void checkReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.onField("reason", "sales.error.reasonRequired");
		}
		if (reason.trim().length() > 500) {
			throw BusinessRuleException.onField("reason", "sales.validation.tooLong");
		}
	}

	private static void checkPositive(BigDecimal amount) {
		if (amount == null || amount.signum() <= 0) {
			throw BusinessRuleException.onField("amount", "sales.validation.positive");
		}
	}

	@DomainEvents
	List<Object> domainEvents() {
		return List.copyOf(this.events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		this.events.clear();
	}

	public String getNumber() {
		return this.number;
	}

	public long getCustomerId() {
		return this.customerId;
	}

	public LocalDate getOrderDate() {
		return this.orderDate;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public Long getTerritoryId() {
		return this.territoryId;
	}

	public OrderStatus getStatus() {
		return this.status;
	}

	public BigDecimal getNetAmount() {
		return this.netAmount;
	}

	public BigDecimal getCost() {
		return this.cost;
	}

	public LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

	public LocalDate getCancelledOn() {
		return this.cancelledOn;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public LocalDate getInvoicedOn() {
		return this.invoicedOn;
	}

	public BigDecimal getInvoiceAmount() {
		return this.invoiceAmount;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public BigDecimal getPaidAmount() {
		return this.paidAmount;
	}

	public Long getCreditApprovedBy() {
		return this.creditApprovedBy;
	}

	public String getCreditApprovalReason() {
		return this.creditApprovalReason;
	}

	public Instant getCreditApprovedAt() {
		return this.creditApprovedAt;
	}

	public String getNotes() {
		return this.notes;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	/** The won opportunity the order was placed from, if any. */
	public Long getOpportunityId() {
		return this.opportunityId;
	}

	/** The lines in {@link OrderLine#KEY_ORDER}. */
	public List<OrderLine> getLines() {
		return this.lines.stream().sorted(Comparator.comparing(OrderLine::getLineNo, OrderLine.KEY_ORDER)).toList();
	}

	public List<Payment> getPayments() {
		return List.copyOf(this.payments);
	}

}
