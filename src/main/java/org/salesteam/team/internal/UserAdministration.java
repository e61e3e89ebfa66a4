package org.salesteam.team.internal;

import java.util.Optional;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.team.User;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's use cases on user accounts. Roles and the active flag change only through
 * {@link User#assignRoles}, {@link User#deactivate} and {@link User#activate}, so open
 * sessions lose old rights on their next request. Rule violations are
 * {@link BusinessRuleException}s naming the offending field.
 */
@Service
@Transactional
public class UserAdministration {

	private final UserRepository users;

	private final SalesTeamRepository teams;

	private final TerritoryRepository territories;

	private final PasswordEncoder encoder;

	UserAdministration(UserRepository users, SalesTeamRepository teams, TerritoryRepository territories,
			PasswordEncoder encoder) {
		this.users = users;
		this.teams = teams;
		this.territories = territories;
		this.encoder = encoder;
	}

	@Transactional(readOnly = true)
	public Optional<User> find(long id) {
		return this.users.findById(id);
	}

	@Transactional(readOnly = true)
	public User get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("entity.user", id));
	}

	public User create(String username, String password, UserData data) {
		String name = username.trim();
		if (this.users.existsByUsernameIgnoreCase(name)) {
			throw BusinessRuleException.onField("username", "user.rule.usernameTaken", name);
		}
		checkReferences(data);
		User user = new User(name, this.encoder.encode(password), data.displayName(), data.roles());
		apply(user, data);
		return this.users.save(user);
	}

	public User update(long id, UserData data, long actorId) {
		User user = get(id);
		SelfAdministrationPolicy.checkRoles(actorId, id, data.roles());
		checkReferences(data);
		user.assignRoles(data.roles());
		apply(user, data);
		return user;
	}

	public User deactivate(long id, long actorId) {
		User user = get(id);
		SelfAdministrationPolicy.checkDeactivation(actorId, id);
		user.deactivate();
		return user;
	}

	public User activate(long id) {
		User user = get(id);
		user.activate();
		return user;
	}

	public User unlock(long id) {
		User user = get(id);
		user.unlock();
		return user;
	}

	public User resetPassword(long id, String password) {
		User user = get(id);
		user.changePassword(this.encoder.encode(password));
		user.unlock();
		return user;
	}

	private void apply(User user, UserData data) {
		user.rename(data.displayName(), data.email());
		user.changeLocale(data.locale());
		user.assignTeam(data.teamId());
		user.assignTerritories(data.territoryIds());
	}

	private void checkReferences(UserData data) {
		if (data.roles().isEmpty()) {
			throw BusinessRuleException.onField("roles", "user.rule.roleRequired");
		}
		if (data.teamId() != null) {
			if (!data.roles().contains(Role.REP)) {
				throw BusinessRuleException.onField("teamId", "user.rule.teamOnlyForReps");
			}
			if (!this.teams.existsById(data.teamId())) {
				throw BusinessRuleException.onField("teamId", "user.rule.unknownTeam");
			}
		}
		if (!data.territoryIds().isEmpty()
				&& this.territories.countByIdIn(data.territoryIds()) != data.territoryIds().size()) {
			throw BusinessRuleException.onField("territoryIds", "user.rule.unknownTerritory");
		}
	}

}
