package org.salesteam.team.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.salesteam.team.Territory;

/** The admin's form for an existing territory; {@link NewTerritoryForm} adds the code. */
class TerritoryForm {

	@NotBlank(message = "{form.required}")
	@Size(max = 100, message = "{form.tooLong}")
	private String name;

	private Long parentId;

	static TerritoryForm from(Territory territory) {
		TerritoryForm form = new TerritoryForm();
		form.name = territory.getName();
		form.parentId = territory.getParentId();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

}
