package org.salesteam.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.OpportunityData;

import org.springframework.format.annotation.DateTimeFormat;

/** The opportunity form of the pages; competitors are entered comma-separated. */
class OpportunityForm {

	static final int ROWS = 4;

	private Long customerId;

	private Long ownerId;

	@NotBlank(message = "{sales.validation.required}")
	@Size(max = 200, message = "{sales.validation.tooLong}")
	private String name;

	@NotNull(message = "{sales.validation.required}")
	@DecimalMin(value = "0", message = "{sales.validation.notNegative}")
	@Digits(integer = 17, fraction = 2, message = "{sales.validation.amount}")
	private BigDecimal amount = BigDecimal.ZERO;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expectedCloseDate;

	@Size(max = 1000, message = "{sales.validation.tooLong}")
	private String competitors;

	@Size(max = 2000, message = "{sales.validation.tooLong}")
	private String notes;

	@Valid
	private List<LineForm> lines = new ArrayList<>();

	private int version;

	static OpportunityForm blank(Long customerId, LocalDate today) {
		OpportunityForm form = new OpportunityForm();
		form.customerId = customerId;
		form.expectedCloseDate = today.plusMonths(2);
		form.fillRows();
		return form;
	}

	static OpportunityForm from(Opportunity o) {
		OpportunityForm form = new OpportunityForm();
		form.customerId = o.getCustomerId();
		form.ownerId = o.getOwnerId();
		form.name = o.getName();
		form.amount = o.getAmount();
		form.expectedCloseDate = o.getExpectedCloseDate();
		form.competitors = o.getCompetitors().stream().sorted().collect(Collectors.joining("，"));
		form.notes = o.getNotes();
		o.getLines().forEach((l) -> {
			LineForm line = new LineForm();
			line.setProductId(l.getProductId());
			line.setQuantity(l.getQuantity());
			line.setAmount(l.getAmount());
			form.lines.add(line);
		});
		form.version = o.getVersion();
		form.fillRows();
		return form;
	}

	void fillRows() {
		while (this.lines.size() < ROWS) {
			this.lines.add(new LineForm());
		}
	}

	OpportunityData toData() {
		List<OpportunityData.Line> products = this.lines.stream()
			.filter((l) -> l.getProductId() != null)
			.map((l) -> new OpportunityData.Line(l.getProductId(), l.getQuantity(),
					(l.getAmount() != null) ? l.getAmount() : BigDecimal.ZERO))
			.toList();
		LinkedHashSet<String> names = (this.competitors == null) ? new LinkedHashSet<>()
				: Arrays.stream(this.competitors.split("[,，、;；]"))
					.map(String::trim)
					.filter((c) -> !c.isEmpty())
					.collect(Collectors.toCollection(LinkedHashSet::new));
		return new OpportunityData(this.name, this.amount, this.expectedCloseDate, products, names,
				(this.notes == null || this.notes.isBlank()) ? null : this.notes.trim());
	}

	/** One product row. */
	public static class LineForm {

		private Long productId;

		@DecimalMin(value = "0", inclusive = false, message = "{sales.validation.positive}")
		@Digits(integer = 15, fraction = 4, message = "{sales.validation.number}")
		private BigDecimal quantity;

		@DecimalMin(value = "0", message = "{sales.validation.notNegative}")
		@Digits(integer = 17, fraction = 2, message = "{sales.validation.amount}")
		private BigDecimal amount;

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

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public LocalDate getExpectedCloseDate() {
		return this.expectedCloseDate;
	}

	public void setExpectedCloseDate(LocalDate expectedCloseDate) {
		this.expectedCloseDate = expectedCloseDate;
	}

	public String getCompetitors() {
		return this.competitors;
	}

	public void setCompetitors(String competitors) {
		this.competitors = competitors;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<LineForm> getLines() {
		return this.lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
