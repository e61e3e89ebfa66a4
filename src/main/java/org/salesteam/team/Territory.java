package org.salesteam.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/** 销售区域: a sales territory, optionally inside a parent territory (e.g. 华东 → 上海). */
@Entity
@Audited("territory")
@Table(name = "territory")
public class Territory extends AbstractAggregate {

	@Column(nullable = false, length = 32)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "parent_id")
	private Long parentId;

	private boolean active = true;

	protected Territory() {
	}

	public Territory(String code, String name, Long parentId) {
		this.code = code;
		this.name = name;
		this.parentId = parentId;
	}

	public void update(String name, Long parentId) {
		this.name = name;
		this.parentId = parentId;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public boolean isActive() {
		return this.active;
	}

}
