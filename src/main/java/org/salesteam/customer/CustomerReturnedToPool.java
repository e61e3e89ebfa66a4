package org.salesteam.customer;

import java.time.LocalDate;

/** A customer left its owner for the pool (公海), for lack of activity. */
public record CustomerReturnedToPool(long customerId, long formerOwnerId, LocalDate on) {

}
