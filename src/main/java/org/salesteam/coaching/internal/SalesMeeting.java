package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.salesteam.platform.AbstractAggregate;

/**
 * A sales meeting (销售会议) with a purpose: the handbook's topic (a skill of the self-test),
 * format, agenda, materials, decisions, who attended, and the actions with owner and due
 * date. An action is closed once, on a day; closing it again keeps the first day.
 */
@Entity
@Table(name = "sales_meeting")
public class SalesMeeting extends AbstractAggregate {

	/** The handbook's purposes of a sales meeting. */
	public static final List<String> PURPOSES = List.of("TRAINING", "COMMUNICATION", "SHARING", "MOTIVATION",
			"PROBLEM_SOLVING", "NEW_PRODUCTS");

	/** The handbook's formats. */
	public static final List<String> FORMATS = List.of("PRESENTATION", "GROUP_DISCUSSION", "SHARING_SUCCESSES",
			"CASE_STUDY", "ROLE_PLAY", "IMPROVEMENT_PROPOSALS");

	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "organizer_id", nullable = false)
	private long organizerId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 20)
	private String purpose;

	@Column(length = 30)
	private String topic;

	@Column(name = "meeting_format", length = 20)
	private String format;

	private String agenda;

	private String materials;

	private String decisions;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "sales_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "user_id")
	private Set<Long> attendees = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "sales_meeting_action", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<MeetingAction> actions = new ArrayList<>();

	protected SalesMeeting() {
	}

	SalesMeeting(Long teamId, long organizerId, LocalDate heldOn, String title, String purpose, String topic,
			String format, String agenda, String materials, String decisions, Set<Long> attendees,
			List<MeetingAction> actions) {
		this.teamId = teamId;
		this.organizerId = organizerId;
		this.heldOn = heldOn;
		this.title = title;
		this.purpose = purpose;
		this.topic = topic;
		this.format = format;
		this.agenda = agenda;
		this.materials = materials;
		this.decisions = decisions;
		this.attendees.addAll(attendees);
		this.actions.addAll(actions);
	}

	/** Closes action {@code index} on {@code day} (the first close stands). */
	void closeAction(int index, LocalDate day) {
		MeetingAction action = this.actions.get(index);
		if (action.getClosedOn() == null) {
			action.close(day);
		}
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public long getOrganizerId() {
		return this.organizerId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public String getTopic() {
		return this.topic;
	}

	public String getFormat() {
		return this.format;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public String getMaterials() {
		return this.materials;
	}

	public String getDecisions() {
		return this.decisions;
	}

	public Set<Long> getAttendees() {
		return this.attendees;
	}

	public List<MeetingAction> getActions() {
		return this.actions;
	}

}
