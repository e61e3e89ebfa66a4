package org.salesteam.retention.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a user records of a held annual review meeting: the day, the planning points
 * ticked, who came, the customer's feedback and satisfaction (1–5), new needs, whether a
 * referral was asked and who was referred, free minutes, and the actions agreed (the
 * owner by user name).
 */
public record ReviewMinutes(LocalDate heldOn, Set<AccountReviewPoint> points, String attendees, String feedback,
		Integer satisfaction, String newNeeds, boolean referralAsked, String referralReceived, String minutes,
		List<Action> actions) {

	public ReviewMinutes {
		points = (points != null) ? Set.copyOf(points) : Set.of();
		actions = (actions != null) ? List.copyOf(actions) : List.of();
	}

	/** One action agreed: what, whose (a user name), by when. */
	public record Action(String description, String owner, LocalDate dueOn) {
	}

}
