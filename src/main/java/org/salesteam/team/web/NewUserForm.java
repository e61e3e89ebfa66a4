package org.salesteam.team.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The admin's form for a new user: a user name, which never changes, and a first
 * password.
 */
class NewUserForm extends UserForm {

	@NotBlank(message = "{form.required}")
	@Size(min = 3, max = 50, message = "{form.size}")
	@Pattern(regexp = InputPatterns.USERNAME, message = "{form.usernamePattern}")
	private String username;

	@NotBlank(message = "{form.required}")
	@Size(min = 8, max = 100, message = "{form.passwordLength}")
	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
