package org.salesteam.visit;

import java.time.LocalDate;

/** A visit was planned (by the rep, or automatically as the follow-up of another). */
public record VisitPlanned(long visitId, long repId, long customerId, LocalDate date, VisitType type,
		boolean followUp) {

}
