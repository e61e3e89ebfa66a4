package org.salesteam.team.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user changes their own password: the current one, the new one twice. */
class PasswordChangeForm {

	@NotBlank(message = "{form.required}")
	private String currentPassword;

	@NotBlank(message = "{form.required}")
	@Size(min = 8, max = 100, message = "{form.passwordLength}")
	private String newPassword;

	@NotBlank(message = "{form.required}")
	private String confirmPassword;

	boolean confirmationMatches() {
		return this.newPassword != null && this.newPassword.equals(this.confirmPassword);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
