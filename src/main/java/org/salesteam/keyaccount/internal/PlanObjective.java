package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An objective of a key-account plan: a KPI of the catalogue on the account's scope over
 * the plan year (e.g. SALES, PROFIT, ORDERS, VISITS), its target, owner and due date. Its
 * attainment is computed by the KPI engine on read ({@link PlanReading}).
 */
@Embeddable
public class PlanObjective {

	@Column(nullable = false, length = 300)
	private String description;

	@Column(name = "kpi_code", nullable = false, length = 40)
	private String kpi;

	@Column(nullable = false, precision = 16, scale = 2)
	private BigDecimal target;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "due_on")
	private LocalDate due;

	protected PlanObjective() {
	}

	public PlanObjective(String description, String kpi, BigDecimal target, Long ownerId, LocalDate due) {
		this.description = description;
		this.kpi = kpi;
		this.target = target;
		this.ownerId = ownerId;
		this.due = due;
	}

	public String getDescription() {
		return this.description;
	}

	public String getKpi() {
		return this.kpi;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDue() {
		return this.due;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PlanObjective that && Objects.equals(that.description, this.description)
				&& Objects.equals(that.kpi, this.kpi) && that.target.compareTo(this.target) == 0
				&& Objects.equals(that.ownerId, this.ownerId) && Objects.equals(that.due, this.due);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.description, this.kpi, this.ownerId, this.due);
	}

	@Override
	public String toString() {
		return this.description + " " + this.kpi + "≥" + this.target.stripTrailingZeros().toPlainString()
				+ ((this.due != null) ? " @" + this.due : "");
	}

}
