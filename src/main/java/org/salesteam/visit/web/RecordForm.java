package org.salesteam.visit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.visit.VisitData;
import org.salesteam.visit.VisitType;

/**
 * The 补录拜访 form: a visit that already happened, with whom and why, then the same report
 * as after a planned visit (day, from–to required).
 */
class RecordForm extends CompleteForm {

	@NotNull(message = "{visit.validation.required}")
	private Long customerId;

	@NotNull(message = "{visit.validation.required}")
	private VisitType type = VisitType.RELATIONSHIP;

	@NotBlank(message = "{visit.validation.objectiveRequired}")
	@Size(max = 500, message = "{visit.validation.tooLong}")
	private String objective;

	static RecordForm blank(Long customerId, LocalDate today) {
		RecordForm form = new RecordForm();
		form.customerId = customerId;
		form.setDate(today);
		return form;
	}

	VisitData toData() {
		return new VisitData(this.type, getDate().atTime(getStart()), this.objective, getContactsMet(),
				getOpportunityId(), getContactIds());
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public VisitType getType() {
		return this.type;
	}

	public void setType(VisitType type) {
		this.type = type;
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

}
