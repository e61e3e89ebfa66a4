package org.salesteam.visit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.visit.Visit;
import org.salesteam.visit.VisitReport;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report form after a visit, laid out for a phone: day, from–to, result, next step.
 */
class CompleteForm {

	@NotNull(message = "{visit.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{visit.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime start;

	@NotNull(message = "{visit.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime end;

	@Min(value = 0, message = "{visit.validation.notNegative}")
	private Integer presentationMinutes;

	@NotBlank(message = "{visit.validation.resultRequired}")
	@Size(max = 2000, message = "{visit.validation.tooLong}")
	private String result;

	@Size(max = 500, message = "{visit.validation.tooLong}")
	private String nextAction;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextVisitDate;

	@Size(max = 300, message = "{visit.validation.tooLong}")
	private String contactsMet;

	@DecimalMin(value = "0", message = "{visit.validation.notNegative}")
	@Digits(integer = 15, fraction = 2, message = "{visit.validation.amount}")
	private BigDecimal travel;

	@DecimalMin(value = "0", message = "{visit.validation.notNegative}")
	@Digits(integer = 15, fraction = 2, message = "{visit.validation.amount}")
	private BigDecimal meals;

	@DecimalMin(value = "0", message = "{visit.validation.notNegative}")
	@Digits(integer = 15, fraction = 2, message = "{visit.validation.amount}")
	private BigDecimal gifts;

	@DecimalMin(value = "0", message = "{visit.validation.notNegative}")
	@Digits(integer = 15, fraction = 2, message = "{visit.validation.amount}")
	private BigDecimal other;

	private int version;

	private Long opportunityId;

	/** The customer's contacts met, ticked on the form (ADR 0048). */
	private List<Long> contactIds = new ArrayList<>();

	/** Pre-filled with the planned day and an hour from the planned time. */
	static CompleteForm of(Visit visit) {
		CompleteForm form = new CompleteForm();
		form.date = visit.getVisitDate();
		form.start = visit.getPlannedAt().toLocalTime();
		form.end = form.start.plusHours(1);
		form.contactsMet = visit.getContactsMet();
		form.contactIds = new ArrayList<>(visit.getContactIds());
		form.version = visit.getVersion();
		form.opportunityId = visit.getOpportunityId();
		return form;
	}

	VisitReport toReport() {
		return new VisitReport(this.date.atTime(this.start), this.date.atTime(this.end), this.presentationMinutes,
				this.result, this.nextAction, this.nextVisitDate, this.contactsMet, this.opportunityId,
				new VisitReport.Expenses(this.travel, this.meals, this.gifts, this.other), this.contactIds);
	}

	/** The form field of a business rule's field. */
	static String field(String ruleField) {
		if (ruleField == null) {
			return null;
		}
		return switch (ruleField) {
			case "actualStart" -> "start";
			case "actualEnd" -> "end";
			default -> ruleField.startsWith("expenses.") ? ruleField.substring("expenses.".length()) : ruleField;
		};
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStart() {
		return this.start;
	}

	public void setStart(LocalTime start) {
		this.start = start;
	}

	public LocalTime getEnd() {
		return this.end;
	}

	public void setEnd(LocalTime end) {
		this.end = end;
	}

	public Integer getPresentationMinutes() {
		return this.presentationMinutes;
	}

	public void setPresentationMinutes(Integer presentationMinutes) {
		this.presentationMinutes = presentationMinutes;
	}

	public String getResult() {
		return this.result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public String getNextAction() {
		return this.nextAction;
	}

	public void setNextAction(String nextAction) {
		this.nextAction = nextAction;
	}

	public LocalDate getNextVisitDate() {
		return this.nextVisitDate;
	}

	public void setNextVisitDate(LocalDate nextVisitDate) {
		this.nextVisitDate = nextVisitDate;
	}

	public String getContactsMet() {
		return this.contactsMet;
	}

	public void setContactsMet(String contactsMet) {
		this.contactsMet = contactsMet;
	}

	public BigDecimal getTravel() {
		return this.travel;
	}

	public void setTravel(BigDecimal travel) {
		this.travel = travel;
	}

	public BigDecimal getMeals() {
		return this.meals;
	}

	public void setMeals(BigDecimal meals) {
		this.meals = meals;
	}

	public BigDecimal getGifts() {
		return this.gifts;
	}

	public void setGifts(BigDecimal gifts) {
		this.gifts = gifts;
	}

	public BigDecimal getOther() {
		return this.other;
	}

	public void setOther(BigDecimal other) {
		this.other = other;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public Long getOpportunityId() {
		return this.opportunityId;
	}

	public void setOpportunityId(Long opportunityId) {
		this.opportunityId = opportunityId;
	}

	public List<Long> getContactIds() {
		return this.contactIds;
	}

	public void setContactIds(List<Long> contactIds) {
		this.contactIds = (contactIds != null) ? contactIds : new ArrayList<>();
	}

}
