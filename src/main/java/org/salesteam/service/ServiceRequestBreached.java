package org.salesteam.service;

import java.time.Instant;

/**
 * An open service request went past its first-response or resolution deadline (working
 * time, waiting for the customer excluded); published once per request, by the service
 * module's scheduled check, in the transaction that records it as reported.
 */
public record ServiceRequestBreached(long requestId, long customerId, ServiceRequestType type, Instant at) {

}
