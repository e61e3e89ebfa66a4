package org.salesteam.notify.internal;

import java.util.Optional;

import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Component;

/** Who a rep's submissions go to: the manager of the rep's team. */
@Component
class Reviewers {

	private final TeamDirectory directory;

	Reviewers(TeamDirectory directory) {
		this.directory = directory;
	}

	Optional<TeamDirectory.Member> rep(long repId) {
		return this.directory.findMember(repId);
	}

	/**
	 * The manager of the rep's team, when the rep has a team with a manager who is not
	 * the rep.
	 */
	Optional<Long> managerOf(TeamDirectory.Member rep) {
		if (rep.teamId() == null) {
			return Optional.empty();
		}
		return this.directory.allTeams()
			.stream()
			.filter((t) -> t.id() == rep.teamId() && t.managerId() != null && t.managerId() != rep.id())
			.map(TeamDirectory.TeamSummary::managerId)
			.findFirst();
	}

	String teamName(long teamId) {
		return this.directory.allTeams()
			.stream()
			.filter((t) -> t.id() == teamId)
			.map(TeamDirectory.TeamSummary::name)
			.findFirst()
			.orElse("—");
	}

	String nameOf(long userId) {
		return this.directory.findMember(userId).map(TeamDirectory.Member::displayName).orElse("?");
	}

}
