package org.salesteam.sales.internal;

import java.math.BigDecimal;

/**
 * 信用管理: the credit check of a new order. A customer's exposure is its open receivables
 * (invoiced − paid of orders that are not cancelled) plus the net amount of its placed
 * orders not yet invoiced plus the new order. The order passes while the exposure stays
 * at or below the credit limit. A limit of zero (or none) means no credit limit has been
 * set, and nothing is checked.
 */
public final class CreditPolicy {

	/**
	 * The outcome: the limit, the exposure with the new order, whether it is over.
	 */
	public record Check(BigDecimal limit, BigDecimal exposure, boolean exceeded) {
	}

	private CreditPolicy() {
	}

	public static Check check(BigDecimal limit, BigDecimal openReceivables, BigDecimal uninvoiced,
			BigDecimal orderAmount) {
		BigDecimal exposure = zero(openReceivables).add(zero(uninvoiced)).add(zero(orderAmount));
		boolean checked = limit != null && limit.signum() > 0;
		return new Check(limit, exposure, checked && exposure.compareTo(limit) > 0);
	}

	private static BigDecimal zero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
