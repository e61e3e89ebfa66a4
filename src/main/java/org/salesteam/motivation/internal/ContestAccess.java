package org.salesteam.motivation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.PrincipalSource;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with contests (ADR 0032). Managers design contests for their teams,
 * directors and admins for all; reps and support staff design none (403). A contest is
 * seen by its designer, its committee, its participants, the managers of its teams and of
 * its reps, directors and admins; to anyone else it does not exist (404). It is changed,
 * checked and launched by its designer, a director or an admin (others who see it: 403).
 */
@Component
class ContestAccess {

	static final String ENTITY = "entity.contest";

	private final TeamDirectory directory;

	private final ContestRepository contests;

	private final PrincipalSource principals;

	private final VisibilityPolicy visibility;

	ContestAccess(TeamDirectory directory, ContestRepository contests, PrincipalSource principals,
			VisibilityPolicy visibility) {
		this.directory = directory;
		this.contests = contests;
		this.principals = principals;
		this.visibility = visibility;
	}

	/**
	 * The customers on whose account team a support person is: whose results they share
	 * in a contest. None for a user no longer active.
	 */
	Set<Long> accountsOf(String username) {
		return this.principals.findActive(username)
			.map((user) -> this.visibility.of(user).accountIds())
			.orElse(Set.of());
	}

	/** The contest, 404 when there is none. */
	Contest find(long id) {
		return this.contests.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** The contest if the user sees it, else 404. */
	Contest visible(UserPrincipal user, long id) {
		return visible(user, find(id));
	}

	static boolean seesAll(UserPrincipal user) {
		return user.hasAnyRole(Role.DIRECTOR, Role.ADMIN);
	}

	/** Managers, directors and admins design contests; others get 403. */
	void requireDesigner(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("contests are designed by managers and directors");
		}
	}

	/** The teams a manager may run contests for; empty for those who see all. */
	Set<Long> managedTeams(UserPrincipal user) {
		Set<Long> teams = new HashSet<>();
		this.directory.teamsManagedBy(user.id()).forEach((team) -> teams.add(team.id()));
		return teams;
	}

	/** Usernames of the active reps of these teams; none for null. */
	Set<String> memberNames(Set<Long> teams) {
		Set<String> names = new HashSet<>();
		if (teams != null) {
			this.directory.membersOf(teams).forEach((member) -> names.add(member.username()));
		}
		return names;
	}

	/** Whether every one of these ids is an active team. */
	boolean teamsExist(Set<Long> teams) {
		Set<Long> active = new HashSet<>();
		this.directory.allTeams().stream().filter(TeamDirectory.TeamSummary::active).forEach((t) -> active.add(t.id()));
		return active.containsAll(teams);
	}

	/** Whether the user sees this contest. */
	boolean sees(UserPrincipal user, Contest contest) {
		if (seesAll(user) || contest.getOwnerId() == user.id()) {
			return true;
		}
		String me = user.getUsername();
		if (contest.getCommittee().contains(me) || contest.getReps().contains(me)
				|| contest.getSupport().contains(me)) {
			return true;
		}
		if (!user.hasRole(Role.MANAGER)) {
			return false;
		}
		Set<Long> managed = managedTeams(user);
		if (contest.getTeamIds().stream().anyMatch(managed::contains)) {
			return true;
		}
		List<TeamDirectory.Member> members = this.directory.membersOf(managed);
		return members.stream().anyMatch((member) -> contest.getReps().contains(member.username()));
	}

	/** The contest if the user sees it, else 404. */
	Contest visible(UserPrincipal user, Contest contest) {
		if (!sees(user, contest)) {
			throw new NotFoundException(ENTITY, contest.getId());
		}
		return contest;
	}

	/** The contest if the user may change, check or launch it: 404 unseen, 403 seen. */
	Contest editable(UserPrincipal user, Contest contest) {
		visible(user, contest);
		if (!seesAll(user) && contest.getOwnerId() != user.id()) {
			throw new AccessDeniedException("only the designer, a director or an admin changes a contest");
		}
		return contest;
	}

}
