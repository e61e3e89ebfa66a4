package org.salesteam.service;

import java.time.LocalDate;

/**
 * A service request was closed, by {@code closedBy} on {@code closedOn} (the business
 * date), within its resolution deadline or not; published in the closing transaction.
 */
public record ServiceRequestClosed(long requestId, long customerId, ServiceRequestType type, long closedBy,
		LocalDate closedOn, boolean inTime, String rootCause) {

	/** Whether it counts as a complaint resolved (投诉处理). */
	public boolean complaint() {
		return this.type == ServiceRequestType.COMPLAINT || this.type == ServiceRequestType.QUALITY;
	}

}
