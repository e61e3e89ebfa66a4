package org.salesteam.keyaccount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only view of the key-account plans' objectives for other modules (ADR 0053): which
 * objectives of approved plans are met — their attainment, computed by the KPI engine as
 * on the plan page (the objective's KPI on the account's scope over the plan year up to
 * the day asked, the whole year once it is over), has reached 100 %.
 */
public interface PlanObjectives {

	/**
	 * A met objective.
	 *
	 * @param planId the plan
	 * @param position the objective's place in the plan (stable: only drafts are edited)
	 * @param customerId the account
	 * @param planOwnerId the plan's owner (the key-account manager)
	 * @param objectiveOwnerId the objective's owner, or null when it names none
	 * @param year the plan year
	 * @param kpiCode the objective's KPI
	 * @param target its target
	 * @param actual the KPI's value that reached it
	 * @param metBy the last day of the period measured (the day asked, or the year's end)
	 */
	record MetObjective(long planId, int position, long customerId, long planOwnerId, Long objectiveOwnerId, int year,
			String kpiCode, BigDecimal target, BigDecimal actual, LocalDate metBy) {

		/** Whoever is credited: the objective's owner, else the plan's. */
		public long creditedTo() {
			return (this.objectiveOwnerId != null) ? this.objectiveOwnerId : this.planOwnerId;
		}

	}

	/**
	 * The objectives of approved plans whose year overlaps {@code [since, asOf]} that are
	 * met as of {@code asOf}.
	 */
	List<MetObjective> metBetween(LocalDate since, LocalDate asOf);

}
