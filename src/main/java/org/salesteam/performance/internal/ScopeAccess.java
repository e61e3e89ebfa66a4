package org.salesteam.performance.internal;

import java.util.List;

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
		if (!mayView(viewer, scope)) {
			throw new AccessDeniedException("scope not visible: " + scope);
		}
		return new VisibleScope(scope, viewer);
	}

	/** {@link #check} for many scopes: all of them visible, or a refusal. */
	List<VisibleScope> checkAll(KpiViewer viewer, List<KpiScope> scopes) {
		return scopes.stream().map((scope) -> check(viewer, scope)).toList();
	}

	private boolean mayView(KpiViewer viewer, KpiScope scope) {
		if (viewer.user().isEmpty()) {
			return true;
		}
		UserPrincipal user = viewer.user().get();
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			return true;
		}
		return switch (scope.kind()) {
			case COMPANY, TERRITORY, SEGMENT -> false;
			case TEAM -> managesTeam(user, scope.teamId());
			case REP -> seesRep(user, scope.key());
			case KEY_ACCOUNTS -> scope.ofTeam() ? managesTeam(user, scope.teamId()) : seesRep(user, scope.key());
			case CUSTOMER -> seesCustomer(user, scope.customerId());
		};
	}

	private boolean managesTeam(UserPrincipal user, long teamId) {
		return user.hasRole(Role.MANAGER)
				&& this.directory.teamsManagedBy(user.id()).stream().anyMatch((team) -> team.id() == teamId);
	}

	private boolean seesRep(UserPrincipal user, String username) {
		return user.hasAnyRole(Role.REP, Role.MANAGER) && this.directory.findMemberByUsername(username)
			.filter((member) -> this.visibility.of(user).canSee(member.id()))
			.isPresent();
	}

	private boolean seesCustomer(UserPrincipal user, long customerId) {
		Visibility visible = this.visibility.of(user);
		return this.jdbc.sql("select owner_id from customer where id = :id")
			.param("id", customerId)
			.query((rs, row) -> rs.getObject(1, Long.class))
			.list()
			.stream()
			.anyMatch((owner) -> visible.canSeeCustomer(owner, customerId));
	}

}
