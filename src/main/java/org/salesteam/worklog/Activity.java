package org.salesteam.worklog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 非销售活动: something a rep did besides a visit — a call to a prospect, a proposal, a
 * complaint resolved, an overdue receivable collected… — on a day, for how long, with its
 * outcome. The rep who did it owns it; it never changes afterwards, it is only deleted.
 */
@Entity
@Audited("activity")
@Table(name = "activity_log")
public class Activity extends AbstractAggregate {

	/** A working day, the longest one activity can last. */
	public static final int MAX_MINUTES = 24 * 60;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(name = "activity_date", nullable = false)
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(name = "activity_type", nullable = false, length = 30)
	private ActivityType type;

	@Column(name = "customer_id")
	private Long customerId;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes;

	@Column(precision = 19, scale = 2)
	private BigDecimal amount;

	@Column(length = 1000)
	private String outcome;

	/**
	 * The closed complaint (service module) this activity counts, at most one activity
	 * each.
	 */
	@Column(name = "service_request_id")
	private Long serviceRequestId;

	protected Activity() {
	}

	/**
	 * Marks the activity as the count of a closed complaint: COMPLAINTS_RESOLVED counts
	 * activities, and a closed complaint writes exactly one.
	 */
	public void countsServiceRequest(long requestId) {
		this.serviceRequestId = requestId;
	}

	public Long getServiceRequestId() {
		return this.serviceRequestId;
	}

	/**
	 * Checks the rules of an activity: not in the future, a duration within a day, an
	 * amount above zero exactly when the kind records one.
	 */
	public Activity(long ownerId, ActivityType type, LocalDate date, Long customerId, int durationMinutes,
			BigDecimal amount, String outcome, LocalDate today) {
		if (type == null) {
			throw BusinessRuleException.onField("type", "worklog.validation.required");
		}
		if (date == null) {
			throw BusinessRuleException.onField("date", "worklog.validation.required");
		}
		if (date.isAfter(today)) {
			throw BusinessRuleException.onField("date", "worklog.validation.future");
		}
		if (durationMinutes < 0 || durationMinutes > MAX_MINUTES) {
			throw BusinessRuleException.onField("durationMinutes", "worklog.validation.minutes", MAX_MINUTES);
		}
		if (type.hasAmount() && (amount == null || amount.signum() <= 0)) {
			throw BusinessRuleException.onField("amount", "worklog.activity.error.amountRequired");
		}
		this.ownerId = ownerId;
		this.type = type;
		this.date = date;
		this.customerId = customerId;
		this.durationMinutes = durationMinutes;
		this.amount = type.hasAmount() ? amount.setScale(2, RoundingMode.HALF_UP) : null;
		this.outcome = (outcome == null || outcome.isBlank()) ? null : outcome.trim();
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public ActivityType getType() {
		return this.type;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getOutcome() {
		return this.outcome;
	}

}
