package org.salesteam.customer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.TeamDirectory.Member;

import org.springframework.stereotype.Component;

/**
 * To whom a user may give customers: a rep only to themselves, a manager to the reps of
 * the teams they lead (and themselves), a director or admin to any team member or
 * manager.
 */
@Component
public class OwnerChoices {

	private final TeamDirectory directory;

	OwnerChoices(TeamDirectory directory) {
		this.directory = directory;
	}

	public List<Member> assignable(UserPrincipal user) {
		Map<Long, Member> owners = new LinkedHashMap<>();
		List<TeamDirectory.TeamSummary> teams = user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)
				? this.directory.allTeams().stream().filter(TeamDirectory.TeamSummary::active).toList()
				: user.hasRole(Role.MANAGER) ? this.directory.teamsManagedBy(user.id()) : List.of();
		// two reads for all teams: a director's choices at 100 teams were 200 queries
		Set<Long> managerIds = teams.stream()
			.map(TeamDirectory.TeamSummary::managerId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		this.directory.findMembers(managerIds)
			.stream()
			.filter(Member::active)
			.forEach((manager) -> owners.put(manager.id(), manager));
		this.directory.membersOf(teams.stream().map(TeamDirectory.TeamSummary::id).toList())
			.forEach((member) -> owners.put(member.id(), member));
		if (user.hasAnyRole(Role.REP, Role.MANAGER)) {
			this.directory.findMember(user.id()).ifPresent((self) -> owners.putIfAbsent(self.id(), self));
		}
		List<Member> result = new ArrayList<>(owners.values());
		result.sort(Comparator.comparing(Member::username, OwnerChoices::naturalOrder));
		return result;
	}

	public boolean canAssign(UserPrincipal user, long ownerId) {
		return assignable(user).stream().anyMatch((member) -> member.id() == ownerId);
	}

	/**
	 * rep2 before rep10: the trailing digits compare as a number when the rest is equal.
	 */
	static int naturalOrder(String left, String right) {
		int leftDigits = trailingDigits(left);
		int rightDigits = trailingDigits(right);
		int byLetters = left.substring(0, leftDigits).compareTo(right.substring(0, rightDigits));
		if (byLetters != 0 || leftDigits == left.length() || rightDigits == right.length()) {
			return (byLetters != 0) ? byLetters : left.compareTo(right);
		}
		return Long.compare(Long.parseLong(left.substring(leftDigits)), Long.parseLong(right.substring(rightDigits)));
	}

	/** Where the trailing digits start (the length when there are none). */
	private static int trailingDigits(String text) {
		int start = text.length();
		while (start > 0 && text.charAt(start - 1) >= '0' && text.charAt(start - 1) <= '9') {
			start--;
		}
		return start;
	}

}
