package org.salesteam.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read-only view of the organisation for other modules: who is in which team, who manages
 * it.
 */
public interface TeamDirectory {

	/** A member of the organisation as other modules see them. */
	record Member(long id, String username, String displayName, Long teamId, boolean active) {
	}

	/** A team with its manager. */
	record TeamSummary(long id, String name, Long managerId, String managerName, int memberCount, boolean active) {
	}

	Optional<Member> findMember(long userId);

	Optional<Member> findMemberByUsername(String username);

	/** Active reps of a team. */
	List<Member> membersOf(long teamId);

	/** Active reps of these teams, in one read (none for no teams). */
	List<Member> membersOf(Collection<Long> teamIds);

	/** The users with these ids, active or not, in one read (none for no ids). */
	List<Member> findMembers(Collection<Long> userIds);

	/** Active teams managed by the user. */
	List<TeamSummary> teamsManagedBy(long managerId);

	List<TeamSummary> allTeams();

}
