package org.salesteam.worklog.internal;

import java.util.List;

import org.salesteam.worklog.Activity;
import org.salesteam.customer.Customers;
import org.salesteam.customer.Customers.CustomerSummary;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The work log's one visibility rule: records are seen by the person who did the work, by
 * the manager of their team and by directors ({@link Visibility}); one's own records are
 * always one's own. Anything invisible answers exactly like something that does not exist
 * (404).
 */
@Component
public class WorklogAccess {

	static final String ACTIVITY = "entity.otherActivity";

	static final String CUSTOMER = "entity.customer";

	static final String USER = "entity.user";

	private final VisibilityPolicy policy;

	private final ActivityRepository activities;

	private final Customers customers;

	private final TeamDirectory directory;

	private final JdbcClient jdbc;

	WorklogAccess(VisibilityPolicy policy, ActivityRepository activities, Customers customers, TeamDirectory directory,
			JdbcClient jdbc) {
		this.policy = policy;
		this.activities = activities;
		this.customers = customers;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	public Visibility visibility(UserPrincipal user) {
		return this.policy.of(user);
	}

	/** Whether the user's own work is logged here: reps, managers and directors. */
	public static void checkMayLog(UserPrincipal user) {
		if (!mayLog(user)) {
			throw new AccessDeniedException("no field work");
		}
	}

	/** The pages and API of the manager's week: managers and directors only. */
	public static void checkManager(UserPrincipal user) {
		if (!leads(user)) {
			throw new AccessDeniedException("managers only");
		}
	}

	public static boolean mayLog(UserPrincipal user) {
		return user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR);
	}

	/** Managers and directors: they log time in the five families and plan their week. */
	public static boolean leads(UserPrincipal user) {
		return user.hasAnyRole(Role.MANAGER, Role.DIRECTOR);
	}

	public Activity activity(UserPrincipal user, long id) {
		Visibility visibility = visibility(user);
		return (visibility.all() ? this.activities.findById(id)
				: this.activities.findByIdAndOwnerIdIn(id, visibility.ownerIdsForQuery()))
			.orElseThrow(() -> new NotFoundException(ACTIVITY, id));
	}

	/** The customer if the user may see it (by its owner); otherwise 404. */
	public CustomerSummary customer(UserPrincipal user, long customerId) {
		Visibility visibility = visibility(user);
		return this.customers.find(customerId)
			.filter((customer) -> visibility.canSee(customer.ownerId()))
			.orElseThrow(() -> new NotFoundException(CUSTOMER, customerId));
	}

	/**
	 * The user whose records are asked for: the caller when {@code username} is blank,
	 * else that user if the caller may see their records; otherwise 404.
	 */
	public TeamDirectory.Member member(UserPrincipal user, String username) {
		if (username == null || username.isBlank() || username.equalsIgnoreCase(user.getUsername())) {
			return this.directory.findMember(user.id()).orElseThrow(() -> new NotFoundException(USER, user.id()));
		}
		return this.directory.findMemberByUsername(username.trim())
			.filter((member) -> visibility(user).canSee(member.id()))
			.orElseThrow(() -> new NotFoundException(USER, username));
	}

	/** Whether the user is a manager or director: they log time in the five families. */
	public boolean leads(long userId) {
		return this.jdbc
			.sql("select count(*) from app_user_role where user_id = :id and role in ('MANAGER', 'DIRECTOR')")
			.param("id", userId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The condition for the activities the user sees — by the rep who did them, or on the
	 * customer's account team — for a query whose activity table is {@code a}.
	 */
	public Visibility.Where activities(UserPrincipal user) {
		return visibility(user).where("a.owner_id", "a.customer_id");
	}

	/**
	 * The condition for rows the user sees by owner alone ({@code ownerColumn}): the
	 * choices of forms, where an account-team member may not log on another's behalf.
	 */
	public Visibility.Where byOwner(UserPrincipal user, String ownerColumn) {
		return visibility(user).where(ownerColumn, null);
	}

	/** The active reps and managers whose work the user sees, by username. */
	public List<TeamDirectory.Member> visibleWorkers(UserPrincipal user, boolean managersOnly) {
		Visibility.Where visible = byOwner(user, "u.id");
		String roles = managersOnly ? "('MANAGER', 'DIRECTOR')" : "('REP', 'MANAGER', 'DIRECTOR')";
		String sql = "select distinct u.id, u.username, u.display_name, u.team_id, u.active from app_user u "
				+ "join app_user_role r on r.user_id = u.id and r.role in " + roles + " where u.active = true"
				+ " and (u.id = :self or " + visible.sql() + ") order by u.username";
		return visible.bind(this.jdbc.sql(sql)).param("self", user.id()).query(TeamDirectory.Member.class).list();
	}

}
