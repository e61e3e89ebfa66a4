package org.salesteam.performance.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.VisibleScope;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The KPI rights rule and the only maker of {@link VisibleScope}s (see
 * {@link org.salesteam.performance.Kpis#check} for the rule). The performance module's
 * one access class: it turns the team module's {@link Visibility} into the yes or no of a
 * scope. An unknown team, rep or customer is simply not visible to those who may not see
 * all.
 */
@Component
class ScopeAccess {

	private final TeamDirectory directory;

	private final VisibilityPolicy visibility;

	private final JdbcClient jdbc;

	ScopeAccess(TeamDirectory directory, VisibilityPolicy visibility, JdbcClient jdbc) {
		this.directory = directory;
		this.visibility = visibility;
		this.jdbc = jdbc;
	}

	VisibleScope check(KpiViewer viewer, KpiScope scope) {
		return check(viewer, scope, new Rights());
	}

	/**
	 * {@link #check} for many scopes (a comparison table): all of them visible, or a
	 * refusal; the user's visibility and managed teams are read once for all.
	 */
	List<VisibleScope> checkAll(KpiViewer viewer, List<KpiScope> scopes) {
		Rights rights = new Rights();
		return scopes.stream().map((scope) -> check(viewer, scope, rights)).toList();
	}

	private VisibleScope check(KpiViewer viewer, KpiScope scope, Rights rights) {
		if (!mayView(viewer, scope, rights)) {
			throw new AccessDeniedException("scope not visible: " + scope);
		}
		return new VisibleScope(scope, viewer);
	}

	private boolean mayView(KpiViewer viewer, KpiScope scope, Rights rights) {
		if (viewer.user().isEmpty()) {
			return true;
		}
		UserPrincipal user = viewer.user().get();
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			return true;
		}
		return switch (scope.kind()) {
			case COMPANY, TERRITORY, SEGMENT -> false;
			case TEAM -> managesTeam(user, scope.teamId(), rights);
			case REP -> seesRep(user, scope.key(), rights);
			case KEY_ACCOUNTS ->
				scope.ofTeam() ? managesTeam(user, scope.teamId(), rights) : seesRep(user, scope.key(), rights);
			case CUSTOMER -> seesCustomer(user, scope.customerId(), rights);
		};
	}

	private boolean managesTeam(UserPrincipal user, long teamId, Rights rights) {
		return user.hasRole(Role.MANAGER) && rights.managedTeams(user).contains(teamId);
	}

	private boolean seesRep(UserPrincipal user, String username, Rights rights) {
		return user.hasAnyRole(Role.REP, Role.MANAGER) && this.directory.findMemberByUsername(username)
			.filter((member) -> rights.visibility(user).canSee(member.id()))
			.isPresent();
	}

	private boolean seesCustomer(UserPrincipal user, long customerId, Rights rights) {
		return this.jdbc.sql("select owner_id from customer where id = :id")
			.param("id", customerId)
			.query((rs, row) -> rs.getObject(1, Long.class))
			.list()
			.stream()
			.anyMatch((owner) -> rights.visibility(user).canSeeCustomer(owner, customerId));
	}

	/** What a check reads about the user, read at most once per check or table. */
	private final class Rights {

		private Visibility visibility;

		private Set<Long> managedTeams;

		Visibility visibility(UserPrincipal user) {
			if (this.visibility == null) {
				this.visibility = ScopeAccess.this.visibility.of(user);
			}
			return this.visibility;
		}

		Set<Long> managedTeams(UserPrincipal user) {
			if (this.managedTeams == null) {
				this.managedTeams = ScopeAccess.this.directory.teamsManagedBy(user.id())
					.stream()
					.map(TeamDirectory.TeamSummary::id)
					.collect(Collectors.toSet());
			}
			return this.managedTeams;
		}

	}

}
