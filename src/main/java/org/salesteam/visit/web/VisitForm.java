package org.salesteam.visit.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.visit.VisitData;
import org.salesteam.visit.VisitType;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The plan form: a visible customer, or the name of a new prospect to add in the same
 * step; day and time; type; the objective (required).
 */
class VisitForm {

	private Long customerId;

	@Size(max = 200, message = "{visit.validation.tooLong}")
	private String prospectName;

	@NotNull(message = "{visit.validation.required}")
	private VisitType type = VisitType.RELATIONSHIP;

	@NotNull(message = "{visit.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime time = LocalTime.of(9, 30);

	@NotBlank(message = "{visit.validation.objectiveRequired}")
	@Size(max = 500, message = "{visit.validation.tooLong}")
	private String objective;

	@Size(max = 300, message = "{visit.validation.tooLong}")
	private String contactsMet;

	/** The customer's contacts to meet, ticked on the form (none for a new prospect). */
	private List<Long> contactIds = new ArrayList<>();

	private Long opportunityId;

	static VisitForm blank(Long customerId, LocalDate day) {
		VisitForm form = new VisitForm();
		form.customerId = customerId;
		form.date = day;
		return form;
	}

	VisitData toData() {
		LocalTime at = (this.time != null) ? this.time : LocalTime.of(9, 0);
		return new VisitData(this.type, this.date.atTime(at), this.objective, this.contactsMet, this.opportunityId,
				addsProspect() ? List.of() : this.contactIds);
	}

	boolean addsProspect() {
		return this.customerId == null && this.prospectName != null && !this.prospectName.isBlank();
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public String getProspectName() {
		return this.prospectName;
	}

	public void setProspectName(String prospectName) {
		this.prospectName = prospectName;
	}

	public VisitType getType() {
		return this.type;
	}

	public void setType(VisitType type) {
		this.type = type;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

	public Long getOpportunityId() {
		return this.opportunityId;
	}

	public void setOpportunityId(Long opportunityId) {
		this.opportunityId = opportunityId;
	}

	public String getContactsMet() {
		return this.contactsMet;
	}

	public void setContactsMet(String contactsMet) {
		this.contactsMet = contactsMet;
	}

	public List<Long> getContactIds() {
		return this.contactIds;
	}

	public void setContactIds(List<Long> contactIds) {
		this.contactIds = (contactIds != null) ? contactIds : new ArrayList<>();
	}

}
