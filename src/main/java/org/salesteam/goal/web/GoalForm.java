package org.salesteam.goal.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.internal.GoalData;

/**
 * The goal form's fields. The period comes from two pickers, the year and the part of it
 * ({@code ""} the whole year, {@code Q1}–{@code Q4}, {@code 01}–{@code 12}), composed to
 * the text {@link org.salesteam.goal.PeriodKind#parse} reads; a {@code period} posted as
 * text is read as it is.
 */
class GoalForm {

	/** The choices of the part picker, in order: whole year, quarters, months. */
	static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");

	static final List<String> MONTHS = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12");

	private GoalType type = GoalType.SALES_VOLUME;

	@Size(max = 120)
	private String scope;

	@Size(max = 20)
	private String period;

	private Integer periodYear;

	@Size(max = 2)
	private String periodPart = "";

	private BigDecimal target;

	private BigDecimal stretch;

	@Size(max = 1000)
	private String notes;

	private Integer version;

	static GoalForm blank(String scope, String period) {
		GoalForm form = new GoalForm();
		form.scope = scope;
		form.setPeriod(period);
		return form;
	}

	static GoalForm from(Goal goal) {
		GoalForm form = new GoalForm();
		form.type = goal.getType();
		form.scope = goal.getScope();
		form.setPeriod(goal.getPeriod().label());
		form.target = goal.getTarget();
		form.stretch = goal.getStretch();
		form.notes = goal.getNotes();
		form.version = goal.getVersion();
		return form;
	}

	GoalData toData() {
		return new GoalData(this.type, this.scope, getPeriod(), this.target, this.stretch, null, null, null,
				this.notes);
	}

	public GoalType getType() {
		return this.type;
	}

	public void setType(GoalType type) {
		this.type = type;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	/** The pickers' period when a year is picked, else the text posted. */
	public String getPeriod() {
		if (this.periodYear == null) {
			return this.period;
		}
		String part = (this.periodPart != null) ? this.periodPart : "";
		return this.periodYear + (part.isEmpty() ? "" : "-" + part);
	}

	/** Sets the period and, for the pickers, its year and part ({@code 2026-Q1}). */
	public void setPeriod(String period) {
		this.period = period;
		if (period != null && period.matches("\\d{4}(-(Q[1-4]|\\d{2}))?")) {
			this.periodYear = Integer.valueOf(period.substring(0, 4));
			this.periodPart = (period.length() > 4) ? period.substring(5) : "";
		}
	}

	public Integer getPeriodYear() {
		return this.periodYear;
	}

	public void setPeriodYear(Integer periodYear) {
		this.periodYear = periodYear;
	}

	public String getPeriodPart() {
		return this.periodPart;
	}

	public void setPeriodPart(String periodPart) {
		this.periodPart = periodPart;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public BigDecimal getStretch() {
		return this.stretch;
	}

	public void setStretch(BigDecimal stretch) {
		this.stretch = stretch;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
