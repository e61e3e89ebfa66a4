package org.salesteam.goal.internal;

import java.time.LocalDate;
import java.util.List;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Component;

/** Reads a goal's scope text and finds who it belongs to and what to call it. */
@Component
public class GoalScopes {

	private static final KpiViewer GOALS = KpiViewer.system("goal scope check");

	/** A known scope: the rep's user id for a rep, the team's id for a team. */
	public record Resolved(KpiScope scope, Long ownerId, Long teamId) {
	}

	private final TeamDirectory directory;

	private final Kpis kpis;

	GoalScopes(TeamDirectory directory, Kpis kpis) {
		this.directory = directory;
		this.kpis = kpis;
	}

	/** The scope, or a {@code BusinessRuleException} on {@code scope} if unknown. */
	public Resolved resolve(String text) {
		KpiScope scope = KpiScope.parse(text);
		return switch (scope.kind()) {
			case COMPANY -> new Resolved(scope, null, null);
			case REP -> new Resolved(scope,
					this.directory.findMemberByUsername(scope.key())
						.map(TeamDirectory.Member::id)
						.orElseThrow(GoalScopes::unknown),
					null);
			case TEAM -> new Resolved(scope, null,
					this.directory.allTeams()
						.stream()
						.filter((team) -> team.id() == scope.teamId())
						.findFirst()
						.map(TeamDirectory.TeamSummary::id)
						.orElseThrow(GoalScopes::unknown));
			case TERRITORY -> {
				try {
					LocalDate day = LocalDate.of(2000, 1, 1);
					this.kpis.compute(GOALS, scope, new KpiPeriod(day, day), List.of(Kpis.Codes.ORDERS));
				}
				catch (NotFoundException ex) {
					throw unknown();
				}
				yield new Resolved(scope, null, null);
			}
			// goals are set for parts of the organisation, not for sets of accounts
			case CUSTOMER, SEGMENT, KEY_ACCOUNTS -> throw unknown();
		};
	}

	/** A name for people: the rep's or team's name, the territory's code, the company. */
	public String label(String scopeText, String companyLabel) {
		KpiScope scope = KpiScope.parse(scopeText);
		return switch (scope.kind()) {
			case COMPANY -> companyLabel;
			case REP -> this.directory.findMemberByUsername(scope.key())
				.map(TeamDirectory.Member::displayName)
				.orElse(scope.key());
			case TEAM -> this.directory.allTeams()
				.stream()
				.filter((team) -> team.id() == scope.teamId())
				.map(TeamDirectory.TeamSummary::name)
				.findFirst()
				.orElse(scope.key());
			case TERRITORY, CUSTOMER, SEGMENT, KEY_ACCOUNTS -> scope.key();
		};
	}

	private static BusinessRuleException unknown() {
		return BusinessRuleException.onField("scope", "goal.error.unknownScope");
	}

}
