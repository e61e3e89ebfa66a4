package org.salesteam.team.web;

import java.time.Instant;
import java.util.List;
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
import org.salesteam.team.internal.UserList;

/** The JSON of {@code /api/v1/users}. Password hashes never leave the server. */
final class UserJson {

	private UserJson() {
	}

	/** {@code locale} defaults to zh-CN. */
	record Create(
			@NotBlank(message = "{form.required}") @Size(min = 3, max = 50, message = "{form.size}") @Pattern(
					regexp = InputPatterns.USERNAME, message = "{form.usernamePattern}") String username,
			@NotBlank(message = "{form.required}") @Size(min = 8, max = 100,
					message = "{form.passwordLength}") String password,
			@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}") String displayName,
			@Email(message = "{form.email}") @Size(max = 200, message = "{form.tooLong}") String email,
			@NotEmpty(message = "{form.rolesRequired}") Set<Role> roles, Long teamId, Set<Long> territoryIds,
			@Pattern(regexp = Languages.PATTERN, message = "{form.language}") String locale) {

		UserData toData() {
			return new UserData(this.displayName, this.email, this.roles, this.teamId, this.territoryIds,
					localeOrDefault(this.locale));
		}

	}

	/** Replaces everything but the user name, the password and the active flag. */
	record Update(
			@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}") String displayName,
			@Email(message = "{form.email}") @Size(max = 200, message = "{form.tooLong}") String email,
			@NotEmpty(message = "{form.rolesRequired}") Set<Role> roles, Long teamId, Set<Long> territoryIds,
			@Pattern(regexp = Languages.PATTERN, message = "{form.language}") String locale) {

		UserData toData() {
			return new UserData(this.displayName, this.email, this.roles, this.teamId, this.territoryIds,
					localeOrDefault(this.locale));
		}

	}

	record View(long id, String username, String displayName, String email, List<Role> roles, Long teamId,
			List<Long> territoryIds, String locale, boolean active, Instant lockedUntil, Instant createdAt) {

		static View of(User user) {
			return new View(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
					user.getRoles().stream().sorted().toList(), user.getTeamId(),
					user.getTerritoryIds().stream().sorted().toList(), user.getLocaleTag(), user.isActive(),
					user.getLockedUntil(), user.getCreatedAt());
		}

	}

	record Summary(long id, String username, String displayName, String email, List<Role> roles, Long teamId,
			String teamName, boolean active, Instant lockedUntil) {

		static Summary of(UserList.Row row) {
			return new Summary(row.id(), row.username(), row.displayName(), row.email(),
					row.roles().stream().sorted().toList(), row.teamId(), row.teamName(), row.active(),
					row.lockedUntil());
		}

	}

	private static Locale localeOrDefault(String tag) {
		return Locale.forLanguageTag((tag == null || tag.isBlank()) ? Languages.DEFAULT : tag);
	}

}
