package org.salesteam.coaching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales meetings (销售会议): a manager or director records a meeting with its purpose, topic,
 * format, agenda, materials, decisions, attendees and actions (owner, due date); an
 * action's owner or the organizer closes it. Seen by its organizer, attendees and action
 * owners and whoever sees the organizer's records; 404 otherwise. (ADR 0038)
 */
@Service
public class SalesMeetings {

	/** A meeting as sent. */
	public record MeetingRequest(Long teamId, LocalDate heldOn, String title, String purpose, String topic,
			String format, String agenda, String materials, String decisions, List<String> attendees,
			List<ActionRequest> actions) {
	}

	/** An action as sent: the owner by user name. */
	public record ActionRequest(String description, String owner, LocalDate dueOn) {
	}

	/** A meeting as shown. */
	public record Meeting(long id, Long teamId, String organizer, LocalDate heldOn, String title, String purpose,
			String topic, String format, String agenda, String materials, String decisions, List<Person> attendees,
			List<Action> actions) {

		public long closedCount() {
			return this.actions.stream().filter((a) -> a.closedOn() != null).count();
		}

		public boolean anyOverdue() {
			return this.actions.stream().anyMatch(Action::overdue);
		}

	}

	public record Person(String username, String name) {
	}

	/** An action as shown; {@code closedInTime} once closed on or before its due day. */
	public record Action(int index, String description, Person owner, LocalDate dueOn, LocalDate closedOn,
			boolean closedInTime, boolean overdue) {
	}

	private final SalesMeetingRepository meetings;

	private final CoachingAccess access;

	private final TeamDirectory directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	SalesMeetings(SalesMeetingRepository meetings, CoachingAccess access, TeamDirectory directory, JdbcClient jdbc,
			Clock clock) {
		this.meetings = meetings;
		this.access = access;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Meeting hold(UserPrincipal user, MeetingRequest request) {
		this.access.requireOrganizer(user);
		if (request == null || request.title() == null || request.title().isBlank()) {
			throw BusinessRuleException.onField("title", "coaching.meeting.error.title");
		}
		if (request.heldOn() == null) {
			throw BusinessRuleException.onField("heldOn", "coaching.meeting.error.heldOn");
		}
		oneOf("purpose", request.purpose(), SalesMeeting.PURPOSES, true);
		oneOf("topic", request.topic(), SelfTestItems.CODES, false);
		oneOf("format", request.format(), SalesMeeting.FORMATS, false);
		Set<Long> attendees = new LinkedHashSet<>();
		List<String> names = (request.attendees() != null) ? request.attendees() : List.of();
		for (int i = 0; i < names.size(); i++) {
			attendees.add(person("attendees[" + i + "]", names.get(i)));
		}
		List<MeetingAction> actions = new ArrayList<>();
		List<ActionRequest> asked = (request.actions() != null) ? request.actions() : List.of();
		for (int i = 0; i < asked.size(); i++) {
			ActionRequest action = asked.get(i);
			String field = "actions[" + i + "]";
			if (action == null || action.description() == null || action.description().isBlank()) {
				throw BusinessRuleException.onField(field + ".description", "coaching.meeting.error.description");
			}
			if (action.dueOn() == null) {
				throw BusinessRuleException.onField(field + ".dueOn", "coaching.meeting.error.dueOn");
			}
			actions.add(new MeetingAction(action.description().trim(), person(field + ".owner", action.owner()),
					action.dueOn(), null));
		}
		SalesMeeting meeting = this.meetings.save(new SalesMeeting(request.teamId(), user.id(), request.heldOn(),
				request.title().trim(), request.purpose(), request.topic(), request.format(), request.agenda(),
				request.materials(), request.decisions(), attendees, actions));
		return view(meeting);
	}

	@Transactional(readOnly = true)
	public List<Meeting> visible(UserPrincipal user) {
		Visibility.Where where = this.access.meetings(user);
		List<Long> ids = this.jdbc
			.sql("select m.id from sales_meeting m where " + where.sql()
					+ " order by m.held_on desc, m.id desc fetch first 200 rows only")
			.params(where.params())
			.query(Long.class)
			.list();
		return this.meetings.findAllById(ids)
			.stream()
			.sorted((a, b) -> Long.compare(ids.indexOf(a.getId()), ids.indexOf(b.getId())))
			.map(this::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Meeting find(UserPrincipal user, long id) {
		return view(load(user, id));
	}

	/** Closes action {@code index} today (the first close stands). */
	@Transactional
	public Meeting close(UserPrincipal user, long id, int index) {
		SalesMeeting meeting = load(user, id);
		if (index < 0 || index >= meeting.getActions().size()) {
			throw new NotFoundException(CoachingAccess.MEETING, id + "/" + index);
		}
		this.access.requireActionCloser(user, meeting, meeting.getActions().get(index));
		meeting.closeAction(index, LocalDate.now(this.clock));
		return view(meeting);
	}

	private SalesMeeting load(UserPrincipal user, long id) {
		return this.access.meeting(user, this.meetings.findById(id).orElse(null), id);
	}

	private long person(String field, String username) {
		return this.directory.findMemberByUsername((username != null) ? username.trim() : "")
			.filter(TeamDirectory.Member::active)
			.orElseThrow(() -> BusinessRuleException.onField(field, "coaching.meeting.error.person", username))
			.id();
	}

	private static void oneOf(String field, String value, List<String> allowed, boolean required) {
		if ((value == null && required) || (value != null && !allowed.contains(value))) {
			throw BusinessRuleException.onField(field, "coaching.meeting.error.choice", String.join(", ", allowed));
		}
	}

	private Meeting view(SalesMeeting meeting) {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> ids = new LinkedHashSet<>(meeting.getAttendees());
		ids.add(meeting.getOrganizerId());
		meeting.getActions().forEach((a) -> ids.add(a.getOwnerId()));
		java.util.Map<Long, Person> people = new java.util.HashMap<>();
		this.directory.findMembers(ids).forEach((m) -> people.put(m.id(), new Person(m.username(), m.displayName())));
		List<Action> actions = new ArrayList<>();
		for (int i = 0; i < meeting.getActions().size(); i++) {
			MeetingAction a = meeting.getActions().get(i);
			actions.add(new Action(i, a.getDescription(), people.get(a.getOwnerId()), a.getDueOn(), a.getClosedOn(),
					MeetingClosure.closedInTime(a.getDueOn(), a.getClosedOn()),
					a.getClosedOn() == null && a.getDueOn().isBefore(today)));
		}
		Person organizer = people.get(meeting.getOrganizerId());
		return new Meeting(meeting.getId(), meeting.getTeamId(), (organizer != null) ? organizer.username() : null,
				meeting.getHeldOn(), meeting.getTitle(), meeting.getPurpose(), meeting.getTopic(), meeting.getFormat(),
				meeting.getAgenda(), meeting.getMaterials(), meeting.getDecisions(),
				meeting.getAttendees().stream().map(people::get).filter(java.util.Objects::nonNull).toList(), actions);
	}

}
