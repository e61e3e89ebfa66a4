package org.salesteam.service;

/**
 * A new service request was assigned by {@link ServiceRouting} to {@code assigneeId},
 * chosen by the account-team {@code role}; published in the transaction that opens it
 * (not for demo data).
 */
public record ServiceRequestAssigned(long requestId, long customerId, ServiceRequestType type, String subject,
		long assigneeId, String role, long openedBy) {

}
