package org.salesteam.performance;

import java.util.Objects;
import java.util.Optional;

import org.salesteam.platform.UserPrincipal;

/**
 * On whose behalf KPI figures are asked for: a signed-in user, whose rights decide which
 * scopes they get ({@link Kpis#check}), or the application itself for work that no user
 * asked for in a request — demo data, a goal's progress shown to those the goal module
 * already let see the goal, scheduled recomputations. ArchitectureTests keeps
 * {@link #system} out of controllers.
 */
public final class KpiViewer {

	private final UserPrincipal user;

	private final String purpose;

	private KpiViewer(UserPrincipal user, String purpose) {
		this.user = user;
		this.purpose = purpose;
	}

	public static KpiViewer of(UserPrincipal user) {
		return new KpiViewer(Objects.requireNonNull(user), null);
	}

	/**
	 * The application itself; sees every scope.
	 * @param purpose what the figures are for, e.g. "goal progress" (for logs and
	 * reviews)
	 */
	public static KpiViewer system(String purpose) {
		return new KpiViewer(null, Objects.requireNonNull(purpose));
	}

	/** The user, or empty for the application itself. */
	public Optional<UserPrincipal> user() {
		return Optional.ofNullable(this.user);
	}

	@Override
	public String toString() {
		return (this.user != null) ? "user " + this.user.getUsername() : "system (" + this.purpose + ")";
	}

}
