package org.salesteam.notify.internal;

/** A delivery failed; the message says why, for the admins' list. */
class DeliveryFailure extends RuntimeException {

	DeliveryFailure(String message) {
		super(message);
	}

}
