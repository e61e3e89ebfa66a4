package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * An item of a development plan: a goal, the action towards it, whose column it is in
 * (REP: what the rep will do; MANAGER: what the manager does to help; COMPANY: what the
 * company does), the KPI or skill it works on, a due date and a status (OPEN, DONE,
 * DROPPED).
 */
@Entity
@Audited("developmentPlanItem")
@Table(name = "development_plan_item")
public class DevelopmentPlanItem extends AbstractAggregate {

	/** The handbook's three columns. */
	public enum Owner {

		REP, MANAGER, COMPANY

	}

	/** An item's state. */
	public enum Status {

		OPEN, DONE, DROPPED

	}

	/** What is written into an item. */
	public record Form(String owner, String goal, String action, String kpiCode, String skill, LocalDate dueOn) {
	}

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(nullable = false, length = 10)
	private String owner;

	@Column(nullable = false, length = 500)
	private String goal;

	@Column(length = 1000)
	private String action;

	@Column(name = "kpi_code", length = 40)
	private String kpiCode;

	@Column(length = 200)
	private String skill;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(nullable = false, length = 10)
	private String status;

	@Column(name = "done_on")
	private LocalDate doneOn;

	protected DevelopmentPlanItem() {
	}

	/**
	 * Rules (422 naming the field): {@code owner} one of the three columns, a
	 * {@code goal}, a {@code dueOn}; the KPI code is checked by the caller against the
	 * catalogue.
	 */
	DevelopmentPlanItem(long planId, Form form) {
		if (form.goal() == null || form.goal().isBlank()) {
			throw BusinessRuleException.onField("goal", "evaluation.error.required");
		}
		if (form.dueOn() == null) {
			throw BusinessRuleException.onField("dueOn", "evaluation.error.required");
		}
		this.planId = planId;
		this.owner = parseOwner(form.owner()).name();
		this.goal = form.goal().trim();
		this.action = blankToNull(form.action());
		this.kpiCode = blankToNull(form.kpiCode());
		this.skill = blankToNull(form.skill());
		this.dueOn = form.dueOn();
		this.status = Status.OPEN.name();
	}

	static Owner parseOwner(String text) {
		try {
			return Owner.valueOf((text == null) ? "" : text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField("owner", "evaluation.error.itemOwner");
		}
	}

	static Status parseStatus(String text) {
		try {
			return Status.valueOf((text == null) ? "" : text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField("status", "evaluation.error.itemStatus");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/** A new status; DONE records the day, any other clears it. */
	void change(Status status, LocalDate today) {
		this.status = status.name();
		this.doneOn = (status == Status.DONE) ? today : null;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Owner owner() {
		return Owner.valueOf(this.owner);
	}

	public String getGoal() {
		return this.goal;
	}

	public String getAction() {
		return this.action;
	}

	public String getKpiCode() {
		return this.kpiCode;
	}

	public String getSkill() {
		return this.skill;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public Status status() {
		return Status.valueOf(this.status);
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

}
