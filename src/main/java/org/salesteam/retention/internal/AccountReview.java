package org.salesteam.retention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * An annual review meeting with a key customer (年度评估会议): planned for a day of a year,
 * then held — the planning points ticked, the minutes (feedback, the customer's
 * satisfaction 1–5, new needs, referral asked and received) and actions with owner and
 * due date — or cancelled. Overdue while planned and its day has passed.
 */
@Entity
@Table(name = "retention_account_review")
public class AccountReview extends AbstractAggregate {

	static final String PLANNED = "PLANNED";

	static final String HELD = "HELD";

	static final String CANCELLED = "CANCELLED";

	@Column(name = "customer_id", nullable = false)
	private Long customerId;

	@Column(name = "review_year", nullable = false)
	private int reviewYear;

	@Column(name = "planned_on", nullable = false)
	private LocalDate plannedOn;

	@Column(name = "organizer_id", nullable = false)
	private Long organizerId;

	@Column(nullable = false, length = 10)
	private String status;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Column(length = 300)
	private String checklist;

	@Column(length = 500)
	private String attendees;

	@Column(length = 2000)
	private String feedback;

	private Integer satisfaction;

	@Column(name = "new_needs", length = 2000)
	private String newNeeds;

	@Column(name = "referral_asked", nullable = false)
	private boolean referralAsked;

	@Column(name = "referral_received", length = 300)
	private String referralReceived;

	@Column(length = 4000)
	private String minutes;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "retention_review_action", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<ReviewAction> actions = new ArrayList<>();

	protected AccountReview() {
	}

	AccountReview(long customerId, LocalDate plannedOn, long organizerId) {
		this.customerId = customerId;
		this.reviewYear = plannedOn.getYear();
		this.plannedOn = plannedOn;
		this.organizerId = organizerId;
		this.status = PLANNED;
	}

	/** The meeting's record, replacing an earlier one (minutes may be corrected). */
	void hold(ReviewMinutes record, List<ReviewAction> agreed) {
		this.status = HELD;
		this.heldOn = record.heldOn();
		this.checklist = record.points().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.attendees = record.attendees();
		this.feedback = record.feedback();
		this.satisfaction = record.satisfaction();
		this.newNeeds = record.newNeeds();
		this.referralAsked = record.referralAsked();
		this.referralReceived = record.referralReceived();
		this.minutes = record.minutes();
		// an action recorded again keeps the day it was done
		List<ReviewAction> earlier = List.copyOf(this.actions);
		this.actions.clear();
		for (ReviewAction action : agreed) {
			earlier.stream()
				.filter((old) -> old.getDoneOn() != null && old.sameAs(action))
				.findFirst()
				.ifPresent((old) -> action.done(old.getDoneOn()));
			this.actions.add(action);
		}
	}

	void reschedule(LocalDate day) {
		this.plannedOn = day;
		this.reviewYear = day.getYear();
	}

	void cancel() {
		this.status = CANCELLED;
	}

	/** Whether planned and its day is before {@code today}. */
	public boolean isOverdue(LocalDate today) {
		return PLANNED.equals(this.status) && this.plannedOn.isBefore(today);
	}

	public Set<AccountReviewPoint> getPoints() {
		if (this.checklist == null || this.checklist.isBlank()) {
			return EnumSet.noneOf(AccountReviewPoint.class);
		}
		return Arrays.stream(this.checklist.split(","))
			.map(AccountReviewPoint::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(AccountReviewPoint.class)));
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public int getReviewYear() {
		return this.reviewYear;
	}

	public LocalDate getPlannedOn() {
		return this.plannedOn;
	}

	public Long getOrganizerId() {
		return this.organizerId;
	}

	public String getStatus() {
		return this.status;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public String getFeedback() {
		return this.feedback;
	}

	public Integer getSatisfaction() {
		return this.satisfaction;
	}

	public String getNewNeeds() {
		return this.newNeeds;
	}

	public boolean isReferralAsked() {
		return this.referralAsked;
	}

	public String getReferralReceived() {
		return this.referralReceived;
	}

	public String getMinutes() {
		return this.minutes;
	}

	public List<ReviewAction> getActions() {
		return List.copyOf(this.actions);
	}

	void actionDone(int position, LocalDate on) {
		this.actions.get(position).done(on);
	}

}
