package org.salesteam.team;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.salesteam.platform.Role;

/**
 * Which owners' records a user may see — the one rule every module applies <em>inside its
 * queries</em>:
 * <ul>
 * <li>directors and admins see every record;</li>
 * <li>a manager sees their own records and those of the reps in the teams they
 * manage;</li>
 * <li>a rep sees the records they own;</li>
 * <li>support staff see none of the sales records unless a later capability grants
 * more.</li>
 * </ul>
 * Roles add up: a manager who is also a rep sees the union.
 *
 * @param all whether every owner is visible
 * @param ownerIds the visible owners' user ids when {@code all} is false (may be empty:
 * nothing visible)
 */
public record Visibility(boolean all, Set<Long> ownerIds) {

	/**
	 * Never matches a real id: keeps {@code owner_id in (:ids)} valid SQL when nothing is
	 * visible.
	 */
	public static final long NO_OWNER = -1L;

	public Visibility {
		ownerIds = Set.copyOf(ownerIds);
	}

	public static Visibility everything() {
		return new Visibility(true, Set.of());
	}

	public static Visibility nothing() {
		return new Visibility(false, Set.of());
	}

	/**
	 * The policy itself, free of any lookup so that it can be tested on its own.
	 * @param roles the user's roles
	 * @param userId the user's id
	 * @param managedRepIds ids of the members of the teams the user manages (ignored
	 * unless MANAGER)
	 */
	public static Visibility decide(Set<Role> roles, long userId, Collection<Long> managedRepIds) {
		Set<Role> held = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		if (held.contains(Role.DIRECTOR) || held.contains(Role.ADMIN)) {
			return everything();
		}
		java.util.HashSet<Long> owners = new java.util.HashSet<>();
		if (held.contains(Role.MANAGER)) {
			owners.add(userId);
			owners.addAll(managedRepIds);
		}
		if (held.contains(Role.REP)) {
			owners.add(userId);
		}
		return new Visibility(false, owners);
	}

	/**
	 * Whether a record owned by {@code ownerId} is visible; an unowned record is visible
	 * only to "all".
	 */
	public boolean canSee(Long ownerId) {
		return this.all || (ownerId != null && this.ownerIds.contains(ownerId));
	}

	/**
	 * The owner ids to bind into {@code owner_id in (:ids)}; never empty. Only meaningful
	 * when not {@link #all}.
	 */
	public List<Long> ownerIdsForQuery() {
		return this.ownerIds.isEmpty() ? List.of(NO_OWNER) : List.copyOf(this.ownerIds);
	}

}
