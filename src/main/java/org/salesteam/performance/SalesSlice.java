package org.salesteam.performance;

/**
 * A part of a scope's sales: one customer's, the customers of one market segment (as they
 * are classified now), or all, optionally of one product category. Null parts do not
 * restrict.
 */
public record SalesSlice(Long customerId, Long segmentId, String productCategory) {
}
