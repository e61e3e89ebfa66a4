package org.salesteam.keyaccount.internal;

/** A key-account plan's state: written, waiting for the decision, approved. */
public enum PlanStatus {

	DRAFT, SUBMITTED, APPROVED

}
