package org.salesteam.evaluation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which scorecards — the KPI rights rule ({@link Kpis#check}) applied to people
 * (ADR 0028): a rep their own scorecard only (the team and company tables, which show
 * other people's scores, answer 403 to a rep); a manager their teams' and their own; a
 * director or admin all; support staff none (403). Another person's scorecard the user
 * may not see is a 404.
 */
@Component
public class EvaluationAccess {

	static final String ENTITY = "entity.scorecard";

	private final Kpis kpis;

	private final TeamDirectory directory;

	EvaluationAccess(Kpis kpis, TeamDirectory directory) {
		this.kpis = kpis;
		this.directory = directory;
	}

	/** Support staff (and anyone without a scored or leading role): 403. */
	public void requireEvaluationRole(UserPrincipal user) {
		if (!user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("no access to evaluations");
		}
	}

	/**
	 * A table's scope: the company or a team (422 on {@code scope} otherwise), which the
	 * user may see by the KPI rights rule (403 otherwise).
	 */
	public KpiScope table(UserPrincipal user, KpiScope scope) {
		requireEvaluationRole(user);
		if (scope.kind() != KpiScope.Kind.COMPANY && scope.kind() != KpiScope.Kind.TEAM) {
			throw BusinessRuleException.onField("scope", "evaluation.error.scope");
		}
		return this.kpis.check(KpiViewer.of(user), scope).scope();
	}

	/**
	 * Whether the user may write reviews and plans about this rep: a manager or director
	 * who may see the rep (404 otherwise, as for the scorecard), never about themselves
	 * (403, as for a rep or an admin).
	 */
	public void coach(UserPrincipal user, String username) {
		person(user, username);
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR) || user.getUsername().equalsIgnoreCase(username)) {
			throw new AccessDeniedException("reviews and plans are written by managers and directors");
		}
	}

	/**
	 * The reps whose reviews and plans the user follows: a manager the active reps of the
	 * teams they manage, a rep themselves; empty for everyone else (a director sees all
	 * through the tables, but follows nobody's plan day to day).
	 */
	public Set<Long> followedReps(UserPrincipal user) {
		Set<Long> reps = new HashSet<>();
		if (user.hasRole(Role.REP)) {
			reps.add(user.id());
		}
		if (user.hasRole(Role.MANAGER)) {
			List<Long> teams = this.directory.teamsManagedBy(user.id())
				.stream()
				.map(TeamDirectory.TeamSummary::id)
				.toList();
			this.directory.membersOf(teams).forEach((member) -> reps.add(member.id()));
		}
		return reps;
	}

	/** Calibrating the 9-box: directors only (403). */
	public void requireDirector(UserPrincipal user) {
		if (!user.hasRole(Role.DIRECTOR)) {
			throw new AccessDeniedException("the 9-box is calibrated by directors");
		}
	}

	/** Whether the user may see this person's scorecard (else 404). */
	public void person(UserPrincipal user, String username) {
		requireEvaluationRole(user);
		if (user.getUsername().equalsIgnoreCase(username)) {
			return;
		}
		try {
			this.kpis.check(KpiViewer.of(user), KpiScope.rep(username));
		}
		catch (AccessDeniedException ex) {
			throw new NotFoundException(ENTITY, username);
		}
	}

}
