package org.salesteam.retention;

import java.time.Instant;
import java.util.List;

/**
 * The application created satisfaction surveys of one customer (ADR 0047): a CSAT after a
 * closed service request or a delivered order, or the yearly NPS of a key account's
 * contacts. They have no link yet: the customer's owner takes each link on the survey
 * page and passes it on (the raw token is never stored, so nobody can be sent it later).
 * Published in the transaction that creates them.
 *
 * @param kind {@code CSAT} or {@code NPS}
 * @param origin {@code AFTER_SERVICE}, {@code AFTER_DELIVERY} or {@code YEARLY_NPS}
 */
public record SurveysReady(long customerId, List<Long> surveyIds, String kind, String origin, Instant at) {

	public SurveysReady {
		surveyIds = List.copyOf(surveyIds);
	}

}
