/**
 * Complaints and service requests (投诉与服务请求): type, customer, order, severity, deadlines
 * for the first response and the resolution by the customer's class in working time
 * (working hours and holidays configurable), the clock paused while waiting for the
 * customer, a warning at 75 % of a deadline, breaches shown to the manager, root cause
 * and corrective action on close. Support staff work the requests of the customers whose
 * account team they are on. Publishes {@link org.salesteam.service.ServiceRequestClosed}
 * and, once per request past a deadline,
 * {@link org.salesteam.service.ServiceRequestBreached}. SPI
 * {@link org.salesteam.service.ServiceRouting}: a module above routes a new request to
 * the person who works it and may shorten its deadlines; an assigned request publishes
 * {@link org.salesteam.service.ServiceRequestAssigned}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service")
package org.salesteam.service;
