package org.salesteam.platform;

/** The caller is over a rate limit: answers 429 with a translated message. */
public class TooManyRequestsException extends RuntimeException {

	public TooManyRequestsException() {
		super("too many requests");
	}

}
