package org.salesteam.service;

/**
 * What a service request is about; {@link #COMPLAINT} counts in COMPLAINTS_RESOLVED when
 * closed.
 */
public enum ServiceRequestType {

	COMPLAINT, QUALITY, DELIVERY, INVOICE, TECHNICAL, SAMPLE, QUOTE, RUSH_JOB, OTHER

}
