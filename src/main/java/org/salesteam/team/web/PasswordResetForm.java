package org.salesteam.team.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The admin sets a new password for a user who forgot theirs. */
class PasswordResetForm {

	@NotBlank(message = "{form.required}")
	@Size(min = 8, max = 100, message = "{form.passwordLength}")
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
