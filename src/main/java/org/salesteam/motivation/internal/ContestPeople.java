package org.salesteam.motivation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * The participants of a contest as members of the organisation: its reps and support
 * staff in one read per team plus one per username not in a team, in the order shown
 * (reps, then support staff, each by username). A user no longer found is left out.
 */
@Component
class ContestPeople {

	/** A participant: the member and whether they take part as support staff. */
	record Person(TeamDirectory.Member member, boolean support) {

		String username() {
			return this.member.username();
		}

	}

	private final TeamDirectory directory;

	ContestPeople(TeamDirectory directory) {
		this.directory = directory;
	}

	List<Person> of(Contest contest) {
		Map<String, TeamDirectory.Member> known = new LinkedHashMap<>();
		this.directory.membersOf(contest.getTeamIds()).forEach((member) -> known.put(member.username(), member));
		List<Person> people = new ArrayList<>();
		contest.getReps()
			.stream()
			.sorted()
			.forEach((username) -> find(known, username).ifPresent((member) -> people.add(new Person(member, false))));
		contest.getSupport()
			.stream()
			.sorted()
			.forEach((username) -> find(known, username).ifPresent((member) -> people.add(new Person(member, true))));
		return people;
	}

	private java.util.Optional<TeamDirectory.Member> find(Map<String, TeamDirectory.Member> known, String username) {
		TeamDirectory.Member member = known.get(username);
		return (member != null) ? java.util.Optional.of(member) : this.directory.findMemberByUsername(username);
	}

}
