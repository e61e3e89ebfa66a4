package org.salesteam.home.internal;

import java.util.Comparator;
import java.util.List;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;

/**
 * The inbox: what every module's {@link PendingWork} says waits for the user, most urgent
 * first. The home module knows none of the contributors (ADR 0026).
 */
@Service
public class PendingWorkInbox {

	private final List<PendingWork> contributors;

	PendingWorkInbox(List<PendingWork> contributors) {
		this.contributors = List.copyOf(contributors);
	}

	public List<PendingWork.Item> of(UserPrincipal user) {
		return this.contributors.stream()
			.flatMap((contributor) -> contributor.pendingFor(user).stream())
			.filter((item) -> item.count() > 0)
			.sorted(Comparator.comparingInt(PendingWork.Item::urgency))
			.toList();
	}

}
