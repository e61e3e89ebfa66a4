/**
 * Customers (客户): the customer record with its lifecycle and A/B/C class, the customer
 * pool (公海), transfers between reps, and the contacts of each customer with their buying
 * roles. Every query applies the team module's record visibility. Other modules use
 * {@link org.salesteam.customer.Customers} and the customer events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer")
package org.salesteam.customer;
