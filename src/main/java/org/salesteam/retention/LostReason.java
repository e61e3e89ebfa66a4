package org.salesteam.retention;

/**
 * Why a customer was lost (流失原因), from the list the handbook's root-cause analysis asks
 * for; {@code COMPETITOR} names the competitor, {@code OTHER} needs a note.
 */
public enum LostReason {

	PRICE, QUALITY, DELIVERY, SERVICE_NEGLECT, PRODUCT_FIT, COMPETITOR, CONTACT_LEFT, CREDIT_STOPPED, CUSTOMER_CLOSED,
	OTHER

}
