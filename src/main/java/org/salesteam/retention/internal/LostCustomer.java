package org.salesteam.retention.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.retention.LostReason;

/**
 * A customer confirmed lost (流失) with the reason, as the customer stood that day (owner,
 * team, class) so that the reasons by team and class do not move with later transfers;
 * written once.
 */
@Entity
@Table(name = "retention_lost_customer")
public class LostCustomer extends AbstractAggregate {

	@Column(name = "customer_id", nullable = false)
	private Long customerId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 30)
	private LostReason reason;

	private boolean preventable;

	@Column(length = 200)
	private String competitor;

	@Column(length = 1000)
	private String note;

	@Column(name = "lost_on", nullable = false)
	private LocalDate lostOn;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "customer_class", nullable = false, length = 1)
	private String customerClass;

	@Column(name = "recorded_by", nullable = false)
	private Long recordedBy;

	protected LostCustomer() {
	}

	LostCustomer(long customerId, LostRequest request, LocalDate lostOn, Long ownerId, Long teamId,
			String customerClass, long recordedBy) {
		this.customerId = customerId;
		this.reason = request.reason();
		this.preventable = request.preventable();
		this.competitor = request.competitor();
		this.note = request.note();
		this.lostOn = lostOn;
		this.ownerId = ownerId;
		this.teamId = teamId;
		this.customerClass = customerClass;
		this.recordedBy = recordedBy;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public LostReason getReason() {
		return this.reason;
	}

	public boolean isPreventable() {
		return this.preventable;
	}

	public String getCompetitor() {
		return this.competitor;
	}

	public String getNote() {
		return this.note;
	}

	public LocalDate getLostOn() {
		return this.lostOn;
	}

}
