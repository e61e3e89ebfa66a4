package org.salesteam.customer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		for (TeamDirectory.TeamSummary team : teams) {
			if (team.managerId() != null) {
				this.directory.findMember(team.managerId())
					.filter(Member::active)
					.ifPresent((manager) -> owners.put(manager.id(), manager));
			}
			this.directory.membersOf(team.id()).forEach((member) -> owners.put(member.id(), member));
		}
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

	/** rep2 before rep10. */
	static int naturalOrder(String left, String right) {
		String leftLetters = left.replaceAll("\\d+$", "");
		String rightLetters = right.replaceAll("\\d+$", "");
		int byLetters = leftLetters.compareTo(rightLetters);
		if (byLetters != 0 || left.equals(leftLetters) || right.equals(rightLetters)) {
			return (byLetters != 0) ? byLetters : left.compareTo(right);
		}
		return Long.compare(Long.parseLong(left.substring(leftLetters.length())),
				Long.parseLong(right.substring(rightLetters.length())));
	}

}
