package org.salesteam.coaching.internal;

import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The coaching module's one access class. A session, a self-test and the rest of a rep's
 * coaching records are seen by the rep, by whoever sees the rep's records (the manager of
 * the rep's team, directors, admins) and, for a session, by its coach; anyone else gets
 * 404 — another rep never sees them. Coaching a rep (starting a session, rating the rep's
 * ability) is for the manager of the rep's team or a director: 403 otherwise.
 */
@Component
public class CoachingAccess {

	static final String SESSION = "coaching.entity.session";

	static final String PERSON = "coaching.entity.person";

	static final String MEETING = "coaching.entity.meeting";

	private final VisibilityPolicy policy;

	private final TeamDirectory directory;

	private final CoachingSessionRepository sessions;

	CoachingAccess(VisibilityPolicy policy, TeamDirectory directory, CoachingSessionRepository sessions) {
		this.policy = policy;
		this.directory = directory;
		this.sessions = sessions;
	}

	/** The condition on {@code coaching_session s} for the sessions the user sees. */
	Visibility.Where sessions(UserPrincipal user) {
		Visibility.Where byRep = this.policy.of(user).where("s.rep_id", null);
		java.util.Map<String, Object> params = new java.util.HashMap<>(byRep.params());
		params.put("coachingViewer", user.id());
		return new Visibility.Where("(s.coach_id = :coachingViewer or " + byRep.sql() + ")", params);
	}

	/** The session if the user sees it, else not found. */
	CoachingSession session(UserPrincipal user, long id) {
		CoachingSession session = this.sessions.findById(id).orElseThrow(() -> new NotFoundException(SESSION, id));
		if (session.getCoachId() != user.id() && !this.policy.of(user).canSee(session.getRepId())) {
			throw new NotFoundException(SESSION, id);
		}
		return session;
	}

	/**
	 * Whether the user sees this person's coaching records (the person, or by
	 * visibility).
	 */
	boolean seesPerson(UserPrincipal user, long personId) {
		return user.id() == personId || this.policy.of(user).canSee(personId);
	}

	/**
	 * The person by user name if the user sees their coaching records, else not found.
	 */
	TeamDirectory.Member person(UserPrincipal user, String username) {
		TeamDirectory.Member member = this.directory.findMemberByUsername(username)
			.orElseThrow(() -> new NotFoundException(PERSON, username));
		if (!seesPerson(user, member.id())) {
			throw new NotFoundException(PERSON, username);
		}
		return member;
	}

	/**
	 * Whether the user may coach this rep: a director, or the manager of the rep's team.
	 */
	boolean mayCoach(UserPrincipal user, long repId) {
		if (user.hasRole(Role.DIRECTOR)) {
			return true;
		}
		if (!user.hasRole(Role.MANAGER) || user.id() == repId) {
			return false;
		}
		Long team = this.directory.findMember(repId).map(TeamDirectory.Member::teamId).orElse(null);
		return team != null
				&& this.directory.teamsManagedBy(user.id()).stream().anyMatch((managed) -> managed.id() == team);
	}

	/**
	 * The active reps the user may coach: every team's for a director, the managed teams'
	 * for a manager (without the manager), none for anyone else.
	 */
	java.util.List<TeamDirectory.Member> coachable(UserPrincipal user) {
		java.util.List<Long> teams;
		if (user.hasRole(Role.DIRECTOR)) {
			teams = this.directory.allTeams().stream().map(TeamDirectory.TeamSummary::id).toList();
		}
		else if (user.hasRole(Role.MANAGER)) {
			teams = this.directory.teamsManagedBy(user.id()).stream().map(TeamDirectory.TeamSummary::id).toList();
		}
		else {
			return java.util.List.of();
		}
		return this.directory.membersOf(teams).stream().filter((member) -> member.id() != user.id()).toList();
	}

	/**
	 * The condition on {@code sales_meeting m} for the meetings the user sees: organized,
	 * attended or owning an action, or organized by someone whose records the user sees
	 * (the manager above, directors, admins).
	 */
	Visibility.Where meetings(UserPrincipal user) {
		Visibility.Where byOrganizer = this.policy.of(user).where("m.organizer_id", null);
		java.util.Map<String, Object> params = new java.util.HashMap<>(byOrganizer.params());
		params.put("meetingViewer", user.id());
		return new Visibility.Where(
				"""
						(m.organizer_id = :meetingViewer
						 or exists (select 1 from sales_meeting_attendee a where a.meeting_id = m.id and a.user_id = :meetingViewer)
						 or exists (select 1 from sales_meeting_action x where x.meeting_id = m.id and x.owner_id = :meetingViewer)
						 or\s"""
						+ byOrganizer.sql() + ")",
				params);
	}

	/** The meeting if the user sees it ({@link #meetings}), else not found. */
	SalesMeeting meeting(UserPrincipal user, SalesMeeting meeting, long id) {
		if (meeting == null || !(meeting.getOrganizerId() == user.id() || meeting.getAttendees().contains(user.id())
				|| meeting.getActions().stream().anyMatch((a) -> a.getOwnerId() == user.id())
				|| this.policy.of(user).canSee(meeting.getOrganizerId()))) {
			throw new NotFoundException(MEETING, id);
		}
		return meeting;
	}

	/** Holding a sales meeting: managers and directors (403 otherwise). */
	void requireOrganizer(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			throw new AccessDeniedException("not a manager");
		}
	}

	/**
	 * Keeping the quiz questions of the knowledge checklist: managers and directors, as
	 * for holding a meeting (403 otherwise).
	 */
	void requireQuestionKeeper(UserPrincipal user) {
		requireOrganizer(user);
	}

	/**
	 * Closing an action: its owner or the meeting's organizer (403 for others who see
	 * it).
	 */
	void requireActionCloser(UserPrincipal user, SalesMeeting meeting, MeetingAction action) {
		if (action.getOwnerId() != user.id() && meeting.getOrganizerId() != user.id()) {
			throw new AccessDeniedException("not the action's owner or the organizer");
		}
	}

	/** {@link #mayCoach}, or 403. */
	void requireCoach(UserPrincipal user, long repId) {
		if (!mayCoach(user, repId)) {
			throw new AccessDeniedException("not the rep's manager");
		}
	}

	/** Recording a step: the session's coach or rep (403 for others who see it). */
	void requireParty(UserPrincipal user, CoachingSession session, boolean coachOnly) {
		boolean coach = session.getCoachId() == user.id();
		if (!coach && (coachOnly || session.getRepId() != user.id())) {
			throw new AccessDeniedException("not the session's coach or rep");
		}
	}

}
