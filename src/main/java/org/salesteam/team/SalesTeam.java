package org.salesteam.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/** 销售团队: a team of reps led by one manager, optionally focused on a market segment. */
@Entity
@Audited("team")
@Table(name = "sales_team")
public class SalesTeam extends AbstractAggregate {

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "manager_id")
	private Long managerId;

	@Column(name = "segment_id")
	private Long segmentId;

	private boolean active = true;

	protected SalesTeam() {
	}

	public SalesTeam(String name, Long managerId, Long segmentId) {
		this.name = name;
		this.managerId = managerId;
		this.segmentId = segmentId;
	}

	public void update(String name, Long managerId, Long segmentId) {
		this.name = name;
		this.managerId = managerId;
		this.segmentId = segmentId;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public String getName() {
		return this.name;
	}

	public Long getManagerId() {
		return this.managerId;
	}

	public Long getSegmentId() {
		return this.segmentId;
	}

	public boolean isActive() {
		return this.active;
	}

}
