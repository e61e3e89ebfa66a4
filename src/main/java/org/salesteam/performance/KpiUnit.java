package org.salesteam.performance;

/** How a KPI's value reads. */
public enum KpiUnit {

	/** An amount of money in the company currency, two decimals. */
	MONEY,
	/** A count of orders, customers, opportunities … */
	COUNT,
	/** A fraction (0.125 = 12.5 %), six decimals. */
	PERCENT,
	/** A duration in minutes. */
	MINUTES;

	public String messageKey() {
		return "performance.unit." + name();
	}

}
