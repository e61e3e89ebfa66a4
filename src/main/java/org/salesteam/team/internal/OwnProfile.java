package org.salesteam.team.internal;

import java.util.Locale;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.team.User;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every signed-in user may change about themselves: name, email, language and
 * password. A new password requires the current one, so an unattended open session cannot
 * be used to take the account over.
 */
@Service
@Transactional
public class OwnProfile {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	OwnProfile(UserRepository users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
	}

	@Transactional(readOnly = true)
	public User get(long userId) {
		return this.users.findById(userId).orElseThrow(() -> new NotFoundException("entity.user", userId));
	}

	public User update(long userId, String displayName, String email, Locale locale) {
		User user = get(userId);
		user.rename(displayName.trim(), (email == null || email.isBlank()) ? null : email.trim());
		user.changeLocale(locale);
		return user;
	}

	public void changePassword(long userId, String currentPassword, String newPassword) {
		User user = get(userId);
		if (!this.encoder.matches(currentPassword, user.getPasswordHash())) {
			throw BusinessRuleException.onField("currentPassword", "profile.rule.wrongPassword");
		}
		user.changePassword(this.encoder.encode(newPassword));
	}

}
