package org.salesteam.team;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.AuditMasked;
import org.salesteam.platform.Audited;
import org.salesteam.platform.Role;

/**
 * A person who signs in: one or more roles, at most one team (reps), one or more
 * territories (reps). Any change of roles or of the active flag bumps
 * {@code authVersion}, which ends the old rights of open sessions.
 */
@Entity
@Audited("user")
@Table(name = "app_user")
public class User extends AbstractAggregate {

	@Column(nullable = false, length = 50)
	private String username;

	@AuditMasked
	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(length = 200)
	private String email;

	@Column(nullable = false, length = 10)
	private String locale = "zh-CN";

	private boolean active = true;

	@Column(name = "auth_version", nullable = false)
	private int authVersion;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "team_id")
	private Long teamId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", length = 20)
	private Set<Role> roles = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_territory", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "territory_id")
	private Set<Long> territoryIds = new HashSet<>();

	protected User() {
	}

	public User(String username, String passwordHash, String displayName, Set<Role> roles) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.roles = new HashSet<>(roles);
	}

	public void rename(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	public void changeLocale(Locale locale) {
		this.locale = locale.toLanguageTag();
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void assignRoles(Set<Role> newRoles) {
		if (!this.roles.equals(newRoles)) {
			this.roles = new HashSet<>(newRoles);
			this.authVersion++;
		}
	}

	public void assignTeam(Long teamId) {
		if (!java.util.Objects.equals(this.teamId, teamId)) {
			this.teamId = teamId;
			this.authVersion++;
		}
	}

	public void assignTerritories(Set<Long> territoryIds) {
		this.territoryIds = new HashSet<>(territoryIds);
	}

	public void deactivate() {
		if (this.active) {
			this.active = false;
			this.authVersion++;
		}
	}

	public void activate() {
		if (!this.active) {
			this.active = true;
			this.authVersion++;
		}
	}

	/**
	 * Counts a failed login; the account locks for {@code lockout} once
	 * {@code maxFailures} is reached.
	 */
	public void recordFailedLogin(Instant now, int maxFailures, java.time.Duration lockout) {
		if (this.lockedUntil != null && this.lockedUntil.isBefore(now)) {
			this.lockedUntil = null;
			this.failedLogins = 0;
		}
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = now.plus(lockout);
		}
	}

	/** Lifts a lock-out before it runs out, e.g. when the user has called the admin. */
	public void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public void recordSuccessfulLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public Locale getLocale() {
		return Locale.forLanguageTag(this.locale);
	}

	public String getLocaleTag() {
		return this.locale;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getAuthVersion() {
		return this.authVersion;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public Set<Role> getRoles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public Set<Long> getTerritoryIds() {
		return Set.copyOf(this.territoryIds);
	}

}
