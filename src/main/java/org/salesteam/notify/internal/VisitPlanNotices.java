package org.salesteam.notify.internal;

import java.util.List;

import org.salesteam.notify.Notice;
import org.salesteam.team.TeamDirectory;
import org.salesteam.visit.VisitPlanReviewed;
import org.salesteam.visit.VisitPlanStatus;
import org.salesteam.visit.VisitPlanSubmitted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Weekly schedules: a submitted week tells the reviewing manager, a reviewed one the rep
 * (with the manager's comment when returned). Synchronous, in the visit transaction. The
 * text names the rep and the week only — nothing a team's robot may not see.
 */
@Component
class VisitPlanNotices {

	private final Reviewers reviewers;

	private final ApplicationEventPublisher events;

	VisitPlanNotices(Reviewers reviewers, ApplicationEventPublisher events) {
		this.reviewers = reviewers;
		this.events = events;
	}

	@EventListener
	void on(VisitPlanSubmitted submitted) {
		TeamDirectory.Member rep = this.reviewers.rep(submitted.repId()).orElseThrow();
		List<Long> to = this.reviewers.managerOf(rep).stream().toList();
		this.events.publishEvent(new Notice(
				BuiltInNoticeTypes.VISIT_PLAN_SUBMITTED + ":" + submitted.planId() + ":"
						+ submitted.submittedAt().toEpochMilli(),
				BuiltInNoticeTypes.VISIT_PLAN_SUBMITTED, rep.teamId(), to, "notify.text.visitPlanSubmitted",
				List.of(rep.displayName(), submitted.isoWeek()), link(submitted.repUsername(), submitted.isoWeek()),
				submitted.submittedAt()));
	}

	@EventListener
	void on(VisitPlanReviewed reviewed) {
		TeamDirectory.Member rep = this.reviewers.rep(reviewed.repId()).orElseThrow();
		boolean approved = reviewed.decision() == VisitPlanStatus.APPROVED;
		String type = approved ? BuiltInNoticeTypes.VISIT_PLAN_APPROVED : BuiltInNoticeTypes.VISIT_PLAN_RETURNED;
		String reviewer = this.reviewers.nameOf(reviewed.reviewerId());
		List<String> args = approved ? List.of(rep.displayName(), reviewed.isoWeek(), reviewer)
				: List.of(rep.displayName(), reviewed.isoWeek(), reviewer,
						(reviewed.comment() == null) ? "" : reviewed.comment());
		this.events.publishEvent(new Notice(type + ":" + reviewed.planId() + ":" + reviewed.reviewedAt().toEpochMilli(),
				type, rep.teamId(), List.of(rep.id()),
				approved ? "notify.text.visitPlanApproved" : "notify.text.visitPlanReturned", args,
				link(reviewed.repUsername(), reviewed.isoWeek()), reviewed.reviewedAt()));
	}

	private static String link(String username, String isoWeek) {
		return "/visit-plans/" + username + "/" + isoWeek;
	}

}
