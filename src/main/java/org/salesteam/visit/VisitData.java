package org.salesteam.visit;

import java.time.LocalDateTime;

/** What a rep writes when planning a visit; the objective is required. */
public record VisitData(VisitType type, LocalDateTime plannedAt, String objective, String contactsMet,
		Long opportunityId) {

}
