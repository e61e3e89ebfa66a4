package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.notify.Notice;
import org.salesteam.notify.NoticeTypes;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The notices of potential reviews (ADR 0042's mechanism, published in the transaction of
 * the change): a review shared with the rep tells the rep, with a link to their reviews;
 * the rep's acknowledgement tells the review's author and the manager of the rep's team.
 * Once per review each (the key is the review's id, so sharing or acknowledging again
 * tells nobody twice). Both are personal: a review is seen by the rep and those above
 * them only, so no robot or webhook may subscribe.
 */
@Component
class ReviewNotices implements NoticeTypes {

	static final String SHARED = "POTENTIAL_REVIEW_SHARED";

	static final String ACKNOWLEDGED = "POTENTIAL_REVIEW_ACKNOWLEDGED";

	private final ApplicationEventPublisher events;

	private final TeamDirectory directory;

	private final Clock clock;

	ReviewNotices(ApplicationEventPublisher events, TeamDirectory directory, Clock clock) {
		this.events = events;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public List<String> types() {
		return List.of(SHARED, ACKNOWLEDGED);
	}

	@Override
	public Set<String> personal() {
		return Set.of(SHARED, ACKNOWLEDGED);
	}

	void shared(PotentialReviews.Shown shown) {
		PotentialReview review = shown.review();
		publish(SHARED, review, List.of(review.getRepId()), "evaluation.notice.reviewShared",
				(shown.authorName() != null) ? shown.authorName() : "", shown.username());
	}

	void acknowledged(PotentialReviews.Shown shown) {
		PotentialReview review = shown.review();
		Set<Long> recipients = new LinkedHashSet<>();
		recipients.add(review.getAuthorId());
		this.directory.findMember(review.getRepId())
			.map(TeamDirectory.Member::teamId)
			.flatMap((team) -> this.directory.allTeams().stream().filter((t) -> t.id() == team).findFirst())
			.map(TeamDirectory.TeamSummary::managerId)
			.ifPresent(recipients::add);
		recipients.remove(review.getRepId());
		publish(ACKNOWLEDGED, review, List.copyOf(recipients), "evaluation.notice.reviewAcknowledged",
				shown.displayName(), shown.username());
	}

	private void publish(String type, PotentialReview review, List<Long> recipients, String messageKey, String who,
			String username) {
		String period = review.getPeriodFrom() + " – " + review.getPeriodTo();
		this.events.publishEvent(new Notice(type + ":" + review.getId(), type, null, recipients, messageKey,
				List.of(who, period), "/evaluation/scorecards/" + username + "/reviews", this.clock.instant()));
	}

}
