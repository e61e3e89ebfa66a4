package org.salesteam.service.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.service.ServiceRequestType;

/**
 * A complaint or service request with its two deadlines in working time: opened → (first
 * response) → possibly waiting for the customer, which stops the clock and moves both
 * deadlines by the working time waited → closed with root cause and corrective action,
 * within the resolution deadline or not.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends AbstractAggregate {

	/** Where a request stands. */
	public enum Status {

		OPEN, WAITING_CUSTOMER, CLOSED

	}

	/** How a request stands against its deadlines. */
	public enum Sla {

		ON_TRACK, WARNING, BREACHED, MET, MISSED

	}

	@Column(name = "customer_id", nullable = false)
	private Long customerId;

	@Column(name = "order_id")
	private Long orderId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "request_type", nullable = false, length = 20)
	private ServiceRequestType type;

	@Column(nullable = false, length = 10)
	private String severity;

	@Column(nullable = false, length = 200)
	private String subject;

	@Column(length = 2000)
	private String description;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private Status status;

	@Column(name = "customer_class", nullable = false, length = 1)
	private String customerClass;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "opened_by", nullable = false)
	private Long openedBy;

	@Column(name = "response_target_minutes", nullable = false)
	private int responseTargetMinutes;

	@Column(name = "resolution_target_minutes", nullable = false)
	private int resolutionTargetMinutes;

	@Column(name = "paused_minutes", nullable = false)
	private int pausedMinutes;

	@Column(name = "waiting_since")
	private Instant waitingSince;

	@Column(name = "response_due_at", nullable = false)
	private Instant responseDueAt;

	@Column(name = "resolution_due_at", nullable = false)
	private Instant resolutionDueAt;

	@Column(name = "first_response_at")
	private Instant firstResponseAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private Long closedBy;

	@Column(name = "root_cause", length = 1000)
	private String rootCause;

	@Column(name = "corrective_action", length = 1000)
	private String correctiveAction;

	@Column(name = "resolved_in_time")
	private Boolean resolvedInTime;

	/** Who works the request, as routed (ADR 0052); null when not routed. */
	@Column(name = "assignee_id")
	private Long assigneeId;

	@Column(name = "routed_role", length = 30)
	private String routedRole;

	protected ServiceRequest() {
	}

	ServiceRequest(long customerId, Long orderId, ServiceRequestType type, String severity, String subject,
			String description, String customerClass, Instant openedAt, long openedBy, long responseTarget,
			long resolutionTarget, WorkingTime time) {
		this.customerId = customerId;
		this.orderId = orderId;
		this.type = type;
		this.severity = severity;
		this.subject = subject;
		this.description = description;
		this.customerClass = customerClass;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.responseTargetMinutes = Math.toIntExact(responseTarget);
		this.resolutionTargetMinutes = Math.toIntExact(resolutionTarget);
		this.status = Status.OPEN;
		dueDates(time);
	}

	/** Assigns the request to the routed team member (only when it is opened). */
	void assign(long assigneeId, String role) {
		this.assigneeId = assigneeId;
		this.routedRole = role;
	}

	private void dueDates(WorkingTime time) {
		this.responseDueAt = time.plus(this.openedAt, (long) this.responseTargetMinutes + this.pausedMinutes);
		this.resolutionDueAt = time.plus(this.openedAt, (long) this.resolutionTargetMinutes + this.pausedMinutes);
	}

	/** The first response to the customer (later ones change nothing). */
	void respond(Instant at) {
		requireOpen();
		if (this.firstResponseAt == null) {
			this.firstResponseAt = at;
		}
	}

	/**
	 * Waiting for the customer: the clock stops. Asking the customer is a response.
	 */
	void waitForCustomer(Instant at) {
		requireOpen();
		respond(at);
		if (this.status == Status.OPEN) {
			this.status = Status.WAITING_CUSTOMER;
			this.waitingSince = at;
		}
	}

	/** The customer answered: the working time waited moves both deadlines. */
	void resume(Instant at, WorkingTime time) {
		if (this.status != Status.WAITING_CUSTOMER) {
			return;
		}
		this.pausedMinutes += Math.toIntExact(time.minutesBetween(this.waitingSince, at));
		this.waitingSince = null;
		this.status = Status.OPEN;
		dueDates(time);
	}

	/** Closes the request with its root cause and corrective action. */
	void close(Instant at, long by, String rootCause, String correctiveAction, WorkingTime time) {
		requireOpen();
		if (rootCause == null || rootCause.isBlank()) {
			throw BusinessRuleException.onField("rootCause", "service.error.required");
		}
		if (correctiveAction == null || correctiveAction.isBlank()) {
			throw BusinessRuleException.onField("correctiveAction", "service.error.required");
		}
		resume(at, time);
		respond(at);
		this.closedAt = at;
		this.closedBy = by;
		this.rootCause = rootCause.trim();
		this.correctiveAction = correctiveAction.trim();
		this.resolvedInTime = !at.isAfter(this.resolutionDueAt);
		this.status = Status.CLOSED;
	}

	/**
	 * How the request stands at {@code now}: closed ones MET or MISSED; open ones
	 * BREACHED past a deadline, WARNING past {@code warnAt} of a deadline's working time
	 * (the first response until it is given, the resolution), else ON_TRACK; waiting time
	 * does not count.
	 */
	public Sla sla(Instant now, WorkingTime time, double warnAt) {
		if (this.status == Status.CLOSED) {
			return Boolean.TRUE.equals(this.resolvedInTime) ? Sla.MET : Sla.MISSED;
		}
		Instant until = (this.status == Status.WAITING_CUSTOMER) ? this.waitingSince : now;
		long used = time.minutesBetween(this.openedAt, until) - this.pausedMinutes;
		double share = (double) used / this.resolutionTargetMinutes;
		if (this.firstResponseAt == null) {
			share = Math.max(share, (double) used / this.responseTargetMinutes);
		}
		if (share > 1 || (this.status == Status.OPEN && now.isAfter(this.resolutionDueAt))) {
			return Sla.BREACHED;
		}
		return (share >= warnAt) ? Sla.WARNING : Sla.ON_TRACK;
	}

	private void requireOpen() {
		if (this.status == Status.CLOSED) {
			throw new BusinessRuleException("service.error.closed");
		}
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public Long getOrderId() {
		return this.orderId;
	}

	public ServiceRequestType getType() {
		return this.type;
	}

	public String getSeverity() {
		return this.severity;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getDescription() {
		return this.description;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getCustomerClass() {
		return this.customerClass;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Instant getResponseDueAt() {
		return this.responseDueAt;
	}

	public Instant getResolutionDueAt() {
		return this.resolutionDueAt;
	}

	public Instant getFirstResponseAt() {
		return this.firstResponseAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getRootCause() {
		return this.rootCause;
	}

	public String getCorrectiveAction() {
		return this.correctiveAction;
	}

	public Boolean getResolvedInTime() {
		return this.resolvedInTime;
	}

	public int getPausedMinutes() {
		return this.pausedMinutes;
	}

	public Long getAssigneeId() {
		return this.assigneeId;
	}

	public String getRoutedRole() {
		return this.routedRole;
	}

}
