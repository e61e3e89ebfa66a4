package org.salesteam.team.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new territory. The page accepts a code in lower case and stores it upper case; the
 * code never changes afterwards.
 */
class NewTerritoryForm extends TerritoryForm {

	@NotBlank(message = "{form.required}")
	@Size(max = 32, message = "{form.tooLong}")
	@Pattern(regexp = InputPatterns.CODE, message = "{form.codePattern}")
	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.trim().toUpperCase(Locale.ROOT) : null;
	}

}
