package org.salesteam.visit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a rep writes when planning a visit; the objective is required. {@code contactIds}
 * are the customer's contacts to meet (null or empty: none), beside the free text of
 * {@code contactsMet}.
 */
public record VisitData(VisitType type, LocalDateTime plannedAt, String objective, String contactsMet,
		Long opportunityId, List<Long> contactIds) {

}
