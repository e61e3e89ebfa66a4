package org.salesteam.worklog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.worklog.SelfAssessment;
import org.salesteam.worklog.SelfAssessmentItem;
import org.salesteam.worklog.SelfRating;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's self-assessments over time: recorded by the manager for themselves (again
 * on the same day replaces that day's), read by the manager and by directors, oldest
 * first so that the trend reads left to right.
 */
@Service
public class SelfAssessments {

	private final WorklogAccess access;

	private final SelfAssessmentRepository assessments;

	private final Clock clock;

	SelfAssessments(WorklogAccess access, SelfAssessmentRepository assessments, Clock clock) {
		this.access = access;
		this.assessments = assessments;
		this.clock = clock;
	}

	@Transactional
	public SelfAssessment record(UserPrincipal user, LocalDate on, Map<SelfAssessmentItem, SelfRating> ratings,
			String note) {
		WorklogAccess.checkManager(user);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (on != null) ? on : today;
		if (day.isAfter(today)) {
			throw BusinessRuleException.onField("assessedOn", "worklog.validation.future");
		}
		SelfAssessment assessment = this.assessments.findByManagerIdAndAssessedOn(user.id(), day)
			.orElseGet(() -> new SelfAssessment(user.id(), day));
		assessment.rate(ratings, note);
		return this.assessments.save(assessment);
	}

	@Transactional(readOnly = true)
	public List<SelfAssessment> history(UserPrincipal user, String username) {
		WorklogAccess.checkManager(user);
		TeamDirectory.Member member = this.access.member(user, username);
		return this.assessments.findByManagerIdOrderByAssessedOnAsc(member.id());
	}

}
