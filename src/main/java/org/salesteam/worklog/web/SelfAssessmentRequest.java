package org.salesteam.worklog.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.salesteam.worklog.SelfAssessmentItem;
import org.salesteam.worklog.SelfRating;

/** A self-assessment as the API receives it; {@code assessedOn} defaults to today. */
record SelfAssessmentRequest(LocalDate assessedOn,
		@NotEmpty(message = "{worklog.validation.required}") Map<SelfAssessmentItem, SelfRating> ratings,
		@Size(max = 2000, message = "{worklog.validation.tooLong}") String note) {
}
