package org.salesteam.keyaccount.internal;

/**
 * What a team member is for their duty: responsible, accountable, consulted, informed.
 */
public enum Raci {

	RESPONSIBLE, ACCOUNTABLE, CONSULTED, INFORMED

}
