package org.salesteam.visit;

/** The period an activity standard counts over. */
public enum StandardPeriod {

	WEEK, MONTH;

	public String messageKey() {
		return "standard.period." + name();
	}

}
