package org.salesteam.coaching.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.salesteam.coaching.CoachingStep;
import org.salesteam.coaching.internal.CoachingSession;
import org.salesteam.coaching.internal.SessionList;

/**
 * A coaching session in the API: {@code step} is the next step to record ({@code DONE}
 * once reviewed), then the visit it coaches and what each step recorded.
 */
record SessionView(long id, CoachingStep step, String repUsername, String repName, String coachUsername,
		String coachName, long visitId, LocalDate visitDate, LocalDateTime plannedAt, String customerName,
		Long opportunityId, String opportunityName, boolean largeDeal, BigDecimal largeDealThreshold, boolean jointCall,
		String objective, String actionPlan, String rationale, String observations, String whyQuestions,
		String feelings, String whatHappened, String buyerWhy, String wentBest, String toImprove,
		String coachObservations, String problems, String repSolutions, String suggestions, String practice,
		String nextObjective, String nextPlan, boolean repeat, LocalDate completedOn) {

	static SessionView of(SessionList.Detail detail) {
		CoachingSession s = detail.session();
		return new SessionView(s.getId(), s.getStep(), detail.rep().username(), detail.rep().displayName(),
				detail.coach().username(), detail.coach().displayName(), s.getVisitId(), detail.visit().visitDate(),
				detail.visit().plannedAt(), detail.visit().customerName(), s.getOpportunityId(),
				detail.visit().opportunityName(), s.isLargeDeal(), s.getThresholdAmount(), s.isJointCall(),
				s.getObjective(), s.getActionPlan(), s.getPlanRationale(), s.getObservations(), s.getWhyQuestions(),
				s.getFeelings(), s.getWhatHappened(), s.getBuyerWhy(), s.getWentBest(), s.getToImprove(),
				s.getCoachObservations(), s.getProblems(), s.getRepSolutions(), s.getSuggestions(), s.getPractice(),
				s.getNextObjective(), s.getNextPlan(), s.isRepeatNeeded(), s.getCompletedOn());
	}

}
