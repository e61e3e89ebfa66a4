package org.salesteam.worklog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.salesteam.worklog.SelfAssessment;
import org.salesteam.worklog.SelfAssessmentItem;
import org.salesteam.worklog.SelfRating;

/**
 * A self-assessment as the API answers it, with the average points (优 4 … 差 1) of the
 * workflow steps and of the skills.
 */
record SelfAssessmentView(long id, LocalDate assessedOn, Map<SelfAssessmentItem, SelfRating> ratings,
		BigDecimal stepScore, BigDecimal skillScore, String note) {

	static SelfAssessmentView of(SelfAssessment assessment) {
		return new SelfAssessmentView(assessment.getId(), assessment.getAssessedOn(), assessment.getRatings(),
				assessment.stepScore(), assessment.skillScore(), assessment.getNote());
	}

}
