package org.salesteam.platform;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security layer keeps it in the session. {@code authVersion}
 * is compared with the database on every request so that a deactivated user or a change
 * of roles takes effect at once.
 */
public final class UserPrincipal implements UserDetails, CredentialsContainer, Serializable {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final Set<Role> roles;

	private final Locale locale;

	private final int authVersion;

	private final boolean active;

	private final boolean locked;

	public UserPrincipal(long id, String username, String passwordHash, String displayName, Set<Role> roles,
			Locale locale, int authVersion, boolean active, boolean locked) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.locale = locale;
		this.authVersion = authVersion;
		this.active = active;
		this.locked = locked;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return Set.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(Role... candidates) {
		for (Role candidate : candidates) {
			if (this.roles.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	public Locale locale() {
		return this.locale;
	}

	public int authVersion() {
		return this.authVersion;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = this.roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof UserPrincipal that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "UserPrincipal[" + this.username + "]";
	}

}
