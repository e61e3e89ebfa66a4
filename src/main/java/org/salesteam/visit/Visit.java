package org.salesteam.visit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 拜访: one visit of a rep to a customer, planned with an objective and reported with its
 * result, next action and next visit date.
 */
@Entity
@Audited("visit")
@Table(name = "visit")
public class Visit extends AbstractAggregate {

	/** The longest a single visit may last (a working day). */
	static final int MAX_MINUTES = 16 * 60;

	@Column(name = "rep_id", nullable = false)
	private long repId;

	@Column(name = "customer_id", nullable = false)
	private long customerId;

	@Enumerated(EnumType.STRING)
	@Column(name = "visit_type", nullable = false, length = 20)
	private VisitType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private VisitStatus status;

	@Column(name = "planned_at", nullable = false)
	private LocalDateTime plannedAt;

	@Column(name = "visit_date", nullable = false)
	private LocalDate visitDate;

	@Column(nullable = false, length = 500)
	private String objective;

	@Column(name = "contacts_met", length = 300)
	private String contactsMet;

	/**
	 * The customer's contacts the visit is to meet or met (ADR 0048); the free text above
	 * stays as written. Whether they are the customer's contacts is checked by the use
	 * case before they are set.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "visit_contact", joinColumns = @JoinColumn(name = "visit_id"))
	@Column(name = "contact_id")
	private Set<Long> contactIds = new TreeSet<>();

	@Column(name = "opportunity_id")
	private Long opportunityId;

	@Column(name = "actual_start")
	private LocalDateTime actualStart;

	@Column(name = "actual_end")
	private LocalDateTime actualEnd;

	@Column(name = "duration_minutes")
	private Integer durationMinutes;

	@Column(name = "presentation_minutes")
	private Integer presentationMinutes;

	@Column(length = 2000)
	private String result;

	@Column(name = "next_action", length = 500)
	private String nextAction;

	@Column(name = "next_visit_date")
	private LocalDate nextVisitDate;

	@Column(name = "follow_up_id")
	private Long followUpId;

	@Column(name = "previous_visit_id")
	private Long previousVisitId;

	@Column(name = "expense_travel", nullable = false, precision = 19, scale = 2)
	private BigDecimal expenseTravel = BigDecimal.ZERO;

	@Column(name = "expense_meals", nullable = false, precision = 19, scale = 2)
	private BigDecimal expenseMeals = BigDecimal.ZERO;

	@Column(name = "expense_gifts", nullable = false, precision = 19, scale = 2)
	private BigDecimal expenseGifts = BigDecimal.ZERO;

	@Column(name = "expense_other", nullable = false, precision = 19, scale = 2)
	private BigDecimal expenseOther = BigDecimal.ZERO;

	@Column(name = "cancel_reason", length = 500)
	private String cancelReason;

	@Column(name = "customer_was_prospect", nullable = false)
	private boolean customerWasProspect;

	@Column(name = "created_by")
	private Long createdBy;

	protected Visit() {
	}

	/**
	 * A planned visit; {@code previousVisitId} is set when it is another visit's
	 * follow-up.
	 */
	public Visit(long repId, long customerId, VisitData data, Long previousVisitId, Long createdBy) {
		this.repId = repId;
		this.customerId = customerId;
		this.status = VisitStatus.PLANNED;
		this.previousVisitId = previousVisitId;
		this.createdBy = createdBy;
		apply(data);
	}

	/**
	 * A visit planned from now on ({@code now} is the business clock): a time before the
	 * current minute is refused on {@code plannedAt}; a visit that already happened is
	 * recorded with {@link #recorded}.
	 */
	public static Visit planned(long repId, long customerId, VisitData data, Long createdBy, LocalDateTime now) {
		notInThePast(data.plannedAt(), now);
		return new Visit(repId, customerId, data, null, createdBy);
	}

	/**
	 * 补录拜访: a visit that already happened, recorded afterwards and reported in one go.
	 * Its actual start and end are required and not later than {@code now}; it counts as
	 * planned at its actual start. The planned time in {@code data} is ignored.
	 */
	public static Visit recorded(long repId, long customerId, VisitData data, VisitReport report, Long createdBy,
			boolean prospect, LocalDateTime now) {
		if (report.actualStart() == null) {
			throw BusinessRuleException.onField("actualStart", "visit.validation.recordTimes");
		}
		if (report.actualEnd() == null) {
			throw BusinessRuleException.onField("actualEnd", "visit.validation.recordTimes");
		}
		Visit visit = new Visit(repId, customerId, new VisitData(data.type(), report.actualStart(), data.objective(),
				data.contactsMet(), data.opportunityId(), data.contactIds()), null, createdBy);
		visit.complete(report, prospect, now);
		return visit;
	}

	/**
	 * Changes what is planned; only while the visit is still planned. A new planned time
	 * may not be in the past; an unchanged one may (a late edit of an overdue visit).
	 */
	public void replan(VisitData data, LocalDateTime now) {
		if (data.plannedAt() != null && !data.plannedAt().equals(this.plannedAt)) {
			notInThePast(data.plannedAt(), now);
		}
		apply(data);
	}

	private static void notInThePast(LocalDateTime plannedAt, LocalDateTime now) {
		if (plannedAt != null && plannedAt.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
			throw BusinessRuleException.onField("plannedAt", "visit.validation.plannedPast", plannedAt.toLocalDate(),
					plannedAt.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
		}
	}

	private void apply(VisitData data) {
		if (this.status != VisitStatus.PLANNED) {
			throw new BusinessRuleException("visit.error.notPlanned");
		}
		String objective = trimmed(data.objective());
		if (objective == null) {
			throw BusinessRuleException.onField("objective", "visit.validation.objectiveRequired");
		}
		if (data.plannedAt() == null) {
			throw BusinessRuleException.onField("plannedAt", "visit.validation.required");
		}
		this.type = (data.type() != null) ? data.type() : VisitType.RELATIONSHIP;
		this.objective = objective;
		this.plannedAt = data.plannedAt();
		this.visitDate = data.plannedAt().toLocalDate();
		this.contactsMet = trimmed(data.contactsMet());
		this.opportunityId = data.opportunityId();
		replaceContacts(data.contactIds());
	}

	private void replaceContacts(Collection<Long> ids) {
		this.contactIds.clear();
		if (ids != null) {
			ids.stream().filter(java.util.Objects::nonNull).forEach(this.contactIds::add);
		}
	}

	/**
	 * Moves a planned visit to another day and time (改期), keeping everything else; not
	 * into the past ({@code now} is the business clock; the current minute is not past).
	 */
	public void moveTo(LocalDateTime plannedAt, LocalDateTime now) {
		if (this.status != VisitStatus.PLANNED) {
			throw new BusinessRuleException("visit.error.notPlanned");
		}
		if (plannedAt == null) {
			throw BusinessRuleException.onField("plannedAt", "visit.validation.replanWhen");
		}
		if (plannedAt.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
			throw BusinessRuleException.onField("plannedAt", "visit.validation.replanPast", plannedAt.toLocalDate(),
					plannedAt.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
		}
		this.plannedAt = plannedAt;
		this.visitDate = plannedAt.toLocalDate();
	}

	/**
	 * Reports the visit as done: a planned or missed visit (a late report) only. The
	 * result is required; the actual start and end are optional but go together. With
	 * them the visit has a measured duration and its day becomes the day of the actual
	 * start; without them it keeps its planned day and has no measured duration, and the
	 * duration KPIs (average visit and presentation minutes) leave it out. Nothing is
	 * reported ahead of {@code now} (the business clock): neither actual time may be
	 * later, a visit without times may not be reported before its planned day, and the
	 * next visit date, which plans the follow-up, may not be before today.
	 */
	public void complete(VisitReport report, boolean prospect, LocalDateTime now) {
		if (this.status != VisitStatus.PLANNED && this.status != VisitStatus.MISSED) {
			throw new BusinessRuleException("visit.error.notOpen");
		}
		String result = trimmed(report.result());
		if (result == null) {
			throw BusinessRuleException.onField("result", "visit.validation.resultRequired");
		}
		if ((report.actualStart() == null) != (report.actualEnd() == null)) {
			throw BusinessRuleException.onField((report.actualStart() == null) ? "actualStart" : "actualEnd",
					"visit.validation.startAndEnd");
		}
		boolean timed = report.actualStart() != null;
		if (timed && report.actualStart().isAfter(now)) {
			throw BusinessRuleException.onField("actualStart", "visit.validation.startInFuture",
					report.actualStart().toLocalDate(), report.actualStart().toLocalTime());
		}
		if (timed && report.actualEnd().isAfter(now)) {
			throw BusinessRuleException.onField("actualEnd", "visit.validation.endInFuture",
					report.actualEnd().toLocalDate(), report.actualEnd().toLocalTime());
		}
		if (!timed && this.visitDate.isAfter(now.toLocalDate())) {
			throw BusinessRuleException.onField("actualStart", "visit.validation.notYetDue", this.visitDate);
		}
		// without times the presentation is bounded by the longest visit
		long minutes = timed ? Duration.between(report.actualStart(), report.actualEnd()).toMinutes() : MAX_MINUTES;
		if (minutes <= 0 || minutes > MAX_MINUTES) {
			throw BusinessRuleException.onField("actualEnd", "visit.validation.endAfterStart");
		}
		int presentation = (report.presentationMinutes() != null) ? report.presentationMinutes() : 0;
		if (presentation < 0 || presentation > minutes) {
			throw BusinessRuleException.onField("presentationMinutes", "visit.validation.presentation", minutes);
		}
		String nextAction = trimmed(report.nextAction());
		LocalDate day = timed ? report.actualStart().toLocalDate() : this.visitDate;
		if (report.nextVisitDate() != null) {
			if (!report.nextVisitDate().isAfter(day)) {
				throw BusinessRuleException.onField("nextVisitDate", "visit.validation.nextAfterVisit");
			}
			if (report.nextVisitDate().isBefore(now.toLocalDate())) {
				throw BusinessRuleException.onField("nextVisitDate", "visit.validation.nextPast",
						report.nextVisitDate());
			}
			if (nextAction == null) {
				throw BusinessRuleException.onField("nextAction", "visit.validation.nextActionRequired");
			}
		}
		VisitReport.Expenses expenses = (report.expenses() != null) ? report.expenses() : VisitReport.Expenses.none();
		this.expenseTravel = amount("expenses.travel", expenses.travel());
		this.expenseMeals = amount("expenses.meals", expenses.meals());
		this.expenseGifts = amount("expenses.gifts", expenses.gifts());
		this.expenseOther = amount("expenses.other", expenses.other());
		this.status = VisitStatus.COMPLETED;
		this.actualStart = report.actualStart();
		this.actualEnd = report.actualEnd();
		this.durationMinutes = timed ? Integer.valueOf((int) minutes) : null;
		this.presentationMinutes = presentation;
		this.visitDate = day;
		this.result = result;
		this.nextAction = nextAction;
		this.nextVisitDate = report.nextVisitDate();
		if (trimmed(report.contactsMet()) != null) {
			this.contactsMet = trimmed(report.contactsMet());
		}
		if (report.opportunityId() != null) {
			this.opportunityId = report.opportunityId();
		}
		if (report.contactIds() != null && !report.contactIds().isEmpty()) {
			replaceContacts(report.contactIds());
		}
		this.customerWasProspect = prospect;
	}

	/** Calls a planned visit off. */
	public void cancel(String reason) {
		if (this.status != VisitStatus.PLANNED) {
			throw new BusinessRuleException("visit.error.notPlanned");
		}
		this.status = VisitStatus.CANCELLED;
		this.cancelReason = trimmed(reason);
	}

	public void linkFollowUp(long followUpId) {
		this.followUpId = followUpId;
	}

	public VisitCompleted completedEvent() {
		return new VisitCompleted(getId(), this.repId, this.customerId, this.visitDate, this.durationMinutes,
				this.presentationMinutes, this.type, expensesTotal(), this.customerWasProspect);
	}

	public BigDecimal expensesTotal() {
		return this.expenseTravel.add(this.expenseMeals).add(this.expenseGifts).add(this.expenseOther);
	}

	private static BigDecimal amount(String field, BigDecimal value) {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		if (value.signum() < 0) {
			throw BusinessRuleException.onField(field, "visit.validation.notNegative");
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	public long getRepId() {
		return this.repId;
	}

	public long getCustomerId() {
		return this.customerId;
	}

	public VisitType getType() {
		return this.type;
	}

	public VisitStatus getStatus() {
		return this.status;
	}

	public LocalDateTime getPlannedAt() {
		return this.plannedAt;
	}

	public LocalDate getVisitDate() {
		return this.visitDate;
	}

	public String getObjective() {
		return this.objective;
	}

	public String getContactsMet() {
		return this.contactsMet;
	}

	/** The linked contacts' ids, ascending. */
	public List<Long> getContactIds() {
		// ascending: once Hibernate holds the set, its order is no longer the TreeSet's
		return this.contactIds.stream().sorted().toList();
	}

	public Long getOpportunityId() {
		return this.opportunityId;
	}

	public LocalDateTime getActualStart() {
		return this.actualStart;
	}

	public LocalDateTime getActualEnd() {
		return this.actualEnd;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public Integer getPresentationMinutes() {
		return this.presentationMinutes;
	}

	public String getResult() {
		return this.result;
	}

	public String getNextAction() {
		return this.nextAction;
	}

	public LocalDate getNextVisitDate() {
		return this.nextVisitDate;
	}

	public Long getFollowUpId() {
		return this.followUpId;
	}

	public Long getPreviousVisitId() {
		return this.previousVisitId;
	}

	public BigDecimal getExpenseTravel() {
		return this.expenseTravel;
	}

	public BigDecimal getExpenseMeals() {
		return this.expenseMeals;
	}

	public BigDecimal getExpenseGifts() {
		return this.expenseGifts;
	}

	public BigDecimal getExpenseOther() {
		return this.expenseOther;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public boolean isCustomerWasProspect() {
		return this.customerWasProspect;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

}
