package org.salesteam.customer;

import java.time.LocalDate;

/** A prospect placed its first order and is now an active customer (成交客户). */
public record CustomerBecameActive(long customerId, Long ownerId, LocalDate firstOrderDate) {

}
