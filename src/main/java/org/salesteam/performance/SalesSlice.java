package org.salesteam.performance;

/**
 * A part of a scope's sales: one customer's, the customers of one market segment or of
 * one A/B/C class (both as they are classified now), only the customers won in the period
 * (whose first order falls in it), or all, optionally of one product category. Null parts
 * (and {@code false}) do not restrict.
 */
public record SalesSlice(Long customerId, Long segmentId, String productCategory, String customerClass,
		boolean newCustomersOnly) {

	public SalesSlice(Long customerId, Long segmentId, String productCategory) {
		this(customerId, segmentId, productCategory, null, false);
	}

}
