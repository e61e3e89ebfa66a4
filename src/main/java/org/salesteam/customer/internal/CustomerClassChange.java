package org.salesteam.customer.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.salesteam.customer.CustomerClass;
import org.salesteam.platform.AbstractAggregate;

/** One line of a customer's class history; written once, never changed. */
@Entity
@Table(name = "customer_class_change")
public class CustomerClassChange extends AbstractAggregate {

	@Column(name = "customer_id", nullable = false)
	private Long customerId;

	@Column(name = "owner_id")
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "from_class", length = 1)
	private CustomerClass fromClass;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "to_class", nullable = false, length = 1)
	private CustomerClass toClass;

	@Column(name = "changed_on", nullable = false)
	private LocalDate changedOn;

	private boolean automatic;

	@Column(length = 500)
	private String reason;

	@Column(name = "changed_by")
	private Long changedBy;

	protected CustomerClassChange() {
	}

	CustomerClassChange(long customerId, Long ownerId, CustomerClass fromClass, CustomerClass toClass,
			LocalDate changedOn, boolean automatic, String reason, Long changedBy) {
		this.customerId = customerId;
		this.ownerId = ownerId;
		this.fromClass = fromClass;
		this.toClass = toClass;
		this.changedOn = changedOn;
		this.automatic = automatic;
		this.reason = reason;
		this.changedBy = changedBy;
	}

}
