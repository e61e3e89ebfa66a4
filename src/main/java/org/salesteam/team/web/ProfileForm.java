package org.salesteam.team.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.salesteam.team.User;

/** What a user edits about themselves on {@code /profile}. */
class ProfileForm {

	@NotBlank(message = "{form.required}")
	@Size(max = 100, message = "{form.tooLong}")
	private String displayName;

	@Email(message = "{form.email}")
	@Size(max = 200, message = "{form.tooLong}")
	private String email;

	@NotBlank(message = "{form.required}")
	@Pattern(regexp = Languages.PATTERN, message = "{form.language}")
	private String locale = Languages.DEFAULT;

	static ProfileForm from(User user) {
		ProfileForm form = new ProfileForm();
		form.displayName = user.getDisplayName();
		form.email = user.getEmail();
		form.locale = Languages.tagOf(user.getLocale());
		return form;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getLocale() {
		return this.locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

}
