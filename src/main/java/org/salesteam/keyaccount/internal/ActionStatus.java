package org.salesteam.keyaccount.internal;

/** The state of one action of a key-account plan. */
public enum ActionStatus {

	OPEN, DONE, CANCELLED

}
