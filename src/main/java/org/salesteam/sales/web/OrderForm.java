package org.salesteam.sales.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.OpportunityLine;
import org.salesteam.sales.internal.NewOrder;

import org.springframework.format.annotation.DateTimeFormat;

/** The order form of the pages: a few line rows, blank rows are left out. */
class OrderForm {

	static final int ROWS = 6;

	@NotNull(message = "{sales.validation.required}")
	private Long customerId;

	@Size(max = 40, message = "{sales.validation.tooLong}")
	private String number;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate orderDate;

	private Long ownerId;

	@Size(max = 2000, message = "{sales.validation.tooLong}")
	private String notes;

	@Size(max = 500, message = "{sales.validation.tooLong}")
	private String creditApprovalReason;

	private boolean holdForApproval;

	private Long opportunityId;

	@Valid
	private List<LineForm> lines = new ArrayList<>();

	static OrderForm blank(Long customerId, LocalDate today) {
		OrderForm form = new OrderForm();
		form.customerId = customerId;
		form.orderDate = today;
		form.fillRows();
		return form;
	}

	/**
	 * An order for a won opportunity: its customer and its products, each at the unit
	 * price its amount makes (the list price where the opportunity has no amount).
	 */
	static OrderForm from(Opportunity opportunity, LocalDate today) {
		OrderForm form = blank(opportunity.getCustomerId(), today);
		form.opportunityId = opportunity.getId();
		form.lines = new ArrayList<>();
		for (OpportunityLine l : opportunity.getLines()) {
			LineForm line = new LineForm();
			line.setProductId(l.getProductId());
			line.setQuantity(l.getQuantity());
			if (l.getAmount().signum() > 0 && l.getQuantity().signum() > 0) {
				line.setUnitPrice(l.getAmount().divide(l.getQuantity(), 4, RoundingMode.HALF_UP));
			}
			form.lines.add(line);
		}
		form.fillRows();
		return form;
	}

	void fillRows() {
		while (this.lines.size() < ROWS) {
			this.lines.add(new LineForm());
		}
	}

	NewOrder toNewOrder() {
		List<NewOrder.Line> entered = this.lines.stream()
			.filter((l) -> l.getProductId() != null || l.getQuantity() != null)
			.map((l) -> new NewOrder.Line(l.getProductId(), l.getQuantity(), l.getUnitPrice(),
					(l.getDiscountPercent() != null)
							? l.getDiscountPercent().divide(BigDecimal.valueOf(100), 6, java.math.RoundingMode.HALF_UP)
							: null,
					null, null))
			.toList();
		return new NewOrder(this.number, (this.customerId != null) ? this.customerId : 0L, this.orderDate, this.ownerId,
				null, entered, this.notes, this.creditApprovalReason, this.holdForApproval, this.opportunityId);
	}

	/** One line row; the discount is entered in percent. */
	public static class LineForm {

		private Long productId;

		@DecimalMin(value = "0", inclusive = false, message = "{sales.validation.positive}")
		@Digits(integer = 15, fraction = 4, message = "{sales.validation.number}")
		private BigDecimal quantity;

		@DecimalMin(value = "0", message = "{sales.validation.notNegative}")
		@Digits(integer = 15, fraction = 4, message = "{sales.validation.number}")
		private BigDecimal unitPrice;

		@DecimalMin(value = "0", message = "{sales.validation.discountPercent}")
		@DecimalMax(value = "100", message = "{sales.validation.discountPercent}")
		private BigDecimal discountPercent;

		public Long getProductId() {
			return this.productId;
		}

		public void setProductId(Long productId) {
			this.productId = productId;
		}

		public BigDecimal getQuantity() {
			return this.quantity;
		}

		public void setQuantity(BigDecimal quantity) {
			this.quantity = quantity;
		}

		public BigDecimal getUnitPrice() {
			return this.unitPrice;
		}

		public void setUnitPrice(BigDecimal unitPrice) {
			this.unitPrice = unitPrice;
		}

		public BigDecimal getDiscountPercent() {
			return this.discountPercent;
		}

		public void setDiscountPercent(BigDecimal discountPercent) {
			this.discountPercent = discountPercent;
		}

	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getOrderDate() {
		return this.orderDate;
	}

	public void setOrderDate(LocalDate orderDate) {
		this.orderDate = orderDate;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getCreditApprovalReason() {
		return this.creditApprovalReason;
	}

	public void setCreditApprovalReason(String creditApprovalReason) {
		this.creditApprovalReason = creditApprovalReason;
	}

	public boolean isHoldForApproval() {
		return this.holdForApproval;
	}

	public void setHoldForApproval(boolean holdForApproval) {
		this.holdForApproval = holdForApproval;
	}

	public List<LineForm> getLines() {
		return this.lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}

	public Long getOpportunityId() {
		return this.opportunityId;
	}

	public void setOpportunityId(Long opportunityId) {
		this.opportunityId = opportunityId;
	}

}
