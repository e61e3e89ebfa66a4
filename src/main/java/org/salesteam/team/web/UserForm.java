package org.salesteam.team.web;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.salesteam.platform.Role;
import org.salesteam.team.User;
import org.salesteam.team.internal.UserData;

/** The admin's form for an existing user; {@link NewUserForm} adds name and password. */
class UserForm {

	@NotBlank(message = "{form.required}")
	@Size(max = 100, message = "{form.tooLong}")
	private String displayName;

	@Email(message = "{form.email}")
	@Size(max = 200, message = "{form.tooLong}")
	private String email;

	@NotEmpty(message = "{form.rolesRequired}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Long teamId;

	private Set<Long> territoryIds = new HashSet<>();

	@NotBlank(message = "{form.required}")
	@Pattern(regexp = Languages.PATTERN, message = "{form.language}")
	private String locale = Languages.DEFAULT;

	static UserForm from(User user) {
		UserForm form = new UserForm();
		form.displayName = user.getDisplayName();
		form.email = user.getEmail();
		form.roles = user.getRoles();
		form.teamId = user.getTeamId();
		form.territoryIds = new HashSet<>(user.getTerritoryIds());
		form.locale = Languages.tagOf(user.getLocale());
		return form;
	}

	UserData toData() {
		return new UserData(this.displayName, this.email, (this.roles != null) ? this.roles : Set.of(), this.teamId,
				this.territoryIds, Locale.forLanguageTag(this.locale));
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

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Set<Long> getTerritoryIds() {
		return this.territoryIds;
	}

	public void setTerritoryIds(Set<Long> territoryIds) {
		this.territoryIds = (territoryIds != null) ? territoryIds : new HashSet<>();
	}

	public String getLocale() {
		return this.locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

}
