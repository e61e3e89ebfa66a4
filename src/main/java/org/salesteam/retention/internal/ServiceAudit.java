package org.salesteam.retention.internal;

import java.util.ArrayList;
import java.util.List;

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
 * The service audit of a key account for a half year (服务审计, ADR 0050): one line per
 * {@link ServiceAuditItem}, all made when the audit is opened, scored and given actions
 * later. At most one audit per customer and half.
 */
@Entity
@Table(name = "retention_service_audit")
public class ServiceAudit extends AbstractAggregate {

	@Column(name = "customer_id", nullable = false)
	private Long customerId;

	@Column(name = "audit_half", nullable = false, length = 7)
	private String half;

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "retention_service_audit_item", joinColumns = @JoinColumn(name = "audit_id"))
	@OrderColumn(name = "position")
	private List<ServiceAuditLine> lines = new ArrayList<>();

	protected ServiceAudit() {
	}

	ServiceAudit(long customerId, AuditHalf half, long createdBy) {
		this.customerId = customerId;
		this.half = half.toString();
		this.createdBy = createdBy;
		for (ServiceAuditItem item : ServiceAuditItem.values()) {
			this.lines.add(new ServiceAuditLine(item));
		}
	}

	/** The line of {@code item}. */
	ServiceAuditLine line(ServiceAuditItem item) {
		return this.lines.stream().filter((line) -> line.getItem() == item).findFirst().orElseThrow();
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public AuditHalf getHalf() {
		return AuditHalf.parse(this.half);
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public List<ServiceAuditLine> getLines() {
		return List.copyOf(this.lines);
	}

}
