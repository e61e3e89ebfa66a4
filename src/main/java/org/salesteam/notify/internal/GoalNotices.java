package org.salesteam.notify.internal;

import java.util.List;
import java.util.Optional;

import org.salesteam.goal.GoalReviewed;
import org.salesteam.goal.GoalSubmitted;
import org.salesteam.notify.Notice;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Goals: a rep's goal waiting for approval tells the rep's manager (unless the manager
 * submitted it); an approved or sent-back goal tells its rep. Team goals reach the team's
 * and the company's robots only. The text names whose goal and its period — never the
 * target.
 */
@Component
class GoalNotices {

	private final Reviewers reviewers;

	private final ApplicationEventPublisher events;

	GoalNotices(Reviewers reviewers, ApplicationEventPublisher events) {
		this.reviewers = reviewers;
		this.events = events;
	}

	@EventListener
	void on(GoalSubmitted submitted) {
		Optional<TeamDirectory.Member> owner = owner(submitted.ownerId());
		List<Long> to = owner.flatMap(this.reviewers::managerOf)
			.filter((manager) -> manager != submitted.submittedBy())
			.stream()
			.toList();
		Long team = owner.map(TeamDirectory.Member::teamId).orElse(submitted.teamId());
		this.events.publishEvent(new Notice(key(BuiltInNoticeTypes.GOAL_SUBMITTED, submitted.goalId(), submitted.at()),
				BuiltInNoticeTypes.GOAL_SUBMITTED, team, to, "notify.text.goalSubmitted",
				List.of(whose(owner, submitted.teamId()), submitted.period()), link(submitted.goalId()),
				submitted.at()));
	}

	@EventListener
	void on(GoalReviewed reviewed) {
		Optional<TeamDirectory.Member> owner = owner(reviewed.ownerId());
		String type = reviewed.approved() ? BuiltInNoticeTypes.GOAL_APPROVED : BuiltInNoticeTypes.GOAL_REJECTED;
		Long team = owner.map(TeamDirectory.Member::teamId).orElse(reviewed.teamId());
		String reviewer = this.reviewers.nameOf(reviewed.reviewerId());
		String comment = (reviewed.comment() == null) ? "" : reviewed.comment();
		this.events.publishEvent(new Notice(key(type, reviewed.goalId(), reviewed.at()), type, team,
				owner.map(TeamDirectory.Member::id).stream().toList(),
				reviewed.approved() ? "notify.text.goalApproved" : "notify.text.goalRejected",
				List.of(whose(owner, reviewed.teamId()), reviewed.period(), reviewer, comment), link(reviewed.goalId()),
				reviewed.at()));
	}

	private Optional<TeamDirectory.Member> owner(Long ownerId) {
		return (ownerId == null) ? Optional.empty() : this.reviewers.rep(ownerId);
	}

	private String whose(Optional<TeamDirectory.Member> owner, Long teamId) {
		return owner.map(TeamDirectory.Member::displayName)
			.orElseGet(() -> (teamId == null) ? "—" : this.reviewers.teamName(teamId));
	}

	private static String key(String type, long goalId, java.time.Instant at) {
		return type + ":" + goalId + ":" + at.toEpochMilli();
	}

	private static String link(long goalId) {
		return "/goals/" + goalId;
	}

}
