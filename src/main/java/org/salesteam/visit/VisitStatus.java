package org.salesteam.visit;

/**
 * PLANNED → COMPLETED (reported with its result), CANCELLED (called off beforehand) or
 * MISSED (its day passed without a report; the nightly job sets it). A missed visit can
 * still be reported late.
 */
public enum VisitStatus {

	PLANNED, COMPLETED, CANCELLED, MISSED;

	public String messageKey() {
		return "visit.status." + name();
	}

}
