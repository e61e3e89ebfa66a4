package org.salesteam.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * 细分市场: a market segment defined by industry and enterprise type, used to divide the
 * team's work.
 */
@Entity
@Audited("segment")
@Table(name = "market_segment")
public class MarketSegment extends AbstractAggregate {

	@Column(nullable = false, length = 32)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(length = 100)
	private String industry;

	@Column(name = "enterprise_type", length = 100)
	private String enterpriseType;

	private boolean active = true;

	protected MarketSegment() {
	}

	public MarketSegment(String code, String name, String industry, String enterpriseType) {
		this.code = code;
		this.name = name;
		this.industry = industry;
		this.enterpriseType = enterpriseType;
	}

	public void update(String name, String industry, String enterpriseType) {
		this.name = name;
		this.industry = industry;
		this.enterpriseType = enterpriseType;
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

	public String getIndustry() {
		return this.industry;
	}

	public String getEnterpriseType() {
		return this.enterpriseType;
	}

	public boolean isActive() {
		return this.active;
	}

}
