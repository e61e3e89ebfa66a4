package org.salesteam.team.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.salesteam.team.MarketSegment;

/**
 * The admin's form for an existing market segment; {@link NewSegmentForm} adds the code.
 */
class SegmentForm {

	@NotBlank(message = "{form.required}")
	@Size(max = 100, message = "{form.tooLong}")
	private String name;

	@Size(max = 100, message = "{form.tooLong}")
	private String industry;

	@Size(max = 100, message = "{form.tooLong}")
	private String enterpriseType;

	static SegmentForm from(MarketSegment segment) {
		SegmentForm form = new SegmentForm();
		form.name = segment.getName();
		form.industry = segment.getIndustry();
		form.enterpriseType = segment.getEnterpriseType();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIndustry() {
		return this.industry;
	}

	public void setIndustry(String industry) {
		this.industry = industry;
	}

	public String getEnterpriseType() {
		return this.enterpriseType;
	}

	public void setEnterpriseType(String enterpriseType) {
		this.enterpriseType = enterpriseType;
	}

}
