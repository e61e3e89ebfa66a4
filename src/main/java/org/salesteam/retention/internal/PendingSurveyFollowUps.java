package org.salesteam.retention.internal;

import java.util.List;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Component;

/**
 * The inbox's detractor follow-ups: answers of 0–6 (NPS) or 1–2 (CSAT) on the user's
 * customers not yet followed up, one item.
 */
@Component
class PendingSurveyFollowUps implements PendingWork {

	private final Surveys surveys;

	PendingSurveyFollowUps(Surveys surveys) {
		this.surveys = surveys;
	}

	@Override
	public List<Item> pendingFor(UserPrincipal user) {
		long open = this.surveys.openFollowUps(user);
		return (open == 0) ? List.of()
				: List.of(new Item("retention.inbox.followUps", open, null, "/retention/surveys", 25));
	}

}
