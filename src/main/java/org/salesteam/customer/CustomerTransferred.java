package org.salesteam.customer;

import java.time.LocalDate;

/**
 * A customer changed owner: claimed from the pool ({@code fromOwnerId} null) or
 * transferred by a manager. Modules that keep records per owner (open opportunities)
 * follow it.
 */
public record CustomerTransferred(long customerId, Long fromOwnerId, long toOwnerId, LocalDate on) {

}
