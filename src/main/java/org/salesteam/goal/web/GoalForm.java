package org.salesteam.goal.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;
import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.internal.GoalData;

/** The goal form's fields. */
class GoalForm {

	private GoalType type = GoalType.SALES_VOLUME;

	@Size(max = 120)
	private String scope;

	@Size(max = 10)
	private String period;

	private BigDecimal target;

	private BigDecimal stretch;

	@Size(max = 1000)
	private String notes;

	private Integer version;

	static GoalForm blank(String scope, String period) {
		GoalForm form = new GoalForm();
		form.scope = scope;
		form.period = period;
		return form;
	}

	static GoalForm from(Goal goal) {
		GoalForm form = new GoalForm();
		form.type = goal.getType();
		form.scope = goal.getScope();
		form.period = goal.getPeriod().label();
		form.target = goal.getTarget();
		form.stretch = goal.getStretch();
		form.notes = goal.getNotes();
		form.version = goal.getVersion();
		return form;
	}

	GoalData toData() {
		return new GoalData(this.type, this.scope, this.period, this.target, this.stretch, null, null, null,
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

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
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
