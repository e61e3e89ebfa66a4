package org.salesteam.customer;

import java.time.LocalDate;

/**
 * A customer was marked lost (流失), with the reason, for loss-rate and root-cause
 * analysis.
 */
public record CustomerLost(long customerId, Long ownerId, String reason, LocalDate on) {

}
