package org.salesteam.activity.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.salesteam.activity.SelfAssessmentItem;
import org.salesteam.activity.SelfRating;

/** A self-assessment as the API receives it; {@code assessedOn} defaults to today. */
record SelfAssessmentRequest(LocalDate assessedOn,
		@NotEmpty(message = "{worklog.validation.required}") Map<SelfAssessmentItem, SelfRating> ratings,
		@Size(max = 2000, message = "{worklog.validation.tooLong}") String note) {
}
