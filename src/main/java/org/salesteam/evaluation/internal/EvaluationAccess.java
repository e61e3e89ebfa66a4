package org.salesteam.evaluation.internal;

import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

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

	EvaluationAccess(Kpis kpis) {
		this.kpis = kpis;
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
