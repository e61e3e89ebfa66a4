package org.salesteam.motivation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Component;

/**
 * The inbox's contests to launch: the user's own drafts whose window has not started yet
 * (a fairness check and the launch wait for them), in one count query.
 */
@Component
class PendingContestLaunches implements PendingWork {

	private final ContestRepository contests;

	private final Clock clock;

	PendingContestLaunches(ContestRepository contests, Clock clock) {
		this.contests = contests;
		this.clock = clock;
	}

	@Override
	public List<Item> pendingFor(UserPrincipal user) {
		long drafts = this.contests.countByOwnerIdAndLaunchedAtIsNullAndFirstDayGreaterThanEqual(user.id(),
				LocalDate.now(this.clock));
		return (drafts > 0) ? List.of(new Item("motivation.inbox.drafts", drafts, null, "/contests", 40)) : List.of();
	}

}
