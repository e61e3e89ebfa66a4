/**
 * Customer retention (客户保持与服务): the defection clock of every customer as of a date (order
 * days, typical interval, days since the last order, state), the at-risk score with its
 * reasons, and customers confirmed lost with the reason and the exit interview it opens.
 * The clock and the score are computed from the orders and stored per day; the events of
 * orders (an import too), visits, service requests and the customer forget a customer's
 * stored day, so imported order history gives every customer its clock with no other step
 * (ADRs 0029, 0040).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package org.salesteam.retention;
