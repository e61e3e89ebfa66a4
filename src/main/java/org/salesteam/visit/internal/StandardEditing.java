package org.salesteam.visit.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.visit.StandardPeriod;
import org.salesteam.visit.VisitStandard;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the activity standards: admins and directors for any scope including the company
 * default; a manager for their own teams and the reps in them. One row per scope and
 * period: setting it again changes the row.
 */
@Service
public class StandardEditing {

	/** A standard with the name of its scope (null: the company default). */
	public record Row(long id, Long teamId, Long repId, String scopeName, StandardPeriod period, int minVisits,
			int minNewProspects, int minConversions, int minProposals) {
	}

	private final VisitStandardRepository standards;

	private final VisitStandards lookup;

	private final TeamDirectory directory;

	StandardEditing(VisitStandardRepository standards, VisitStandards lookup, TeamDirectory directory) {
		this.standards = standards;
		this.lookup = lookup;
		this.directory = directory;
	}

	public boolean mayEdit(UserPrincipal user) {
		return user.hasAnyRole(Role.ADMIN, Role.DIRECTOR, Role.MANAGER);
	}

	@Transactional
	public VisitStandard set(UserPrincipal user, Long teamId, Long repId, StandardPeriod period,
			VisitStandards.Minimums minimums) {
		if (period == null) {
			throw BusinessRuleException.onField("period", "visit.validation.required");
		}
		if (teamId != null && repId != null) {
			throw BusinessRuleException.onField("repId", "standard.validation.oneScope");
		}
		checkScope(user, teamId, repId);
		VisitStandard standard = this.lookup.find(this.standards.findByPeriod(period), teamId, repId)
			.orElseGet(() -> new VisitStandard(teamId, repId, period));
		standard.set(minimums.visits(), minimums.newProspects(), minimums.conversions(), minimums.proposals());
		return this.standards.save(standard);
	}

	/**
	 * The standards of the scopes the user may edit (every one for admins and directors).
	 */
	@Transactional(readOnly = true)
	public List<Row> list(UserPrincipal user) {
		boolean all = user.hasAnyRole(Role.ADMIN, Role.DIRECTOR);
		Set<Long> teams = teamsOf(user);
		return this.standards.findAll()
			.stream()
			.filter((s) -> all || (s.getTeamId() != null && teams.contains(s.getTeamId()))
					|| (s.getRepId() != null && repTeam(s.getRepId()) != null && teams.contains(repTeam(s.getRepId()))))
			.map((s) -> new Row(s.getId(), s.getTeamId(), s.getRepId(), scopeName(s), s.getPeriod(), s.getMinVisits(),
					s.getMinNewProspects(), s.getMinConversions(), s.getMinProposals()))
			.sorted(Comparator.comparing((Row r) -> r.scopeName() == null ? "" : r.scopeName())
				.thenComparing(Row::period))
			.toList();
	}

	/** The teams whose standards the user sets. */
	public List<TeamDirectory.TeamSummary> teams(UserPrincipal user) {
		return user.hasAnyRole(Role.ADMIN, Role.DIRECTOR) ? this.directory.allTeams()
				: this.directory.teamsManagedBy(user.id());
	}

	/** The reps whose standards the user sets. */
	public List<TeamDirectory.Member> reps(UserPrincipal user) {
		return teams(user).stream().flatMap((t) -> this.directory.membersOf(t.id()).stream()).toList();
	}

	private void checkScope(UserPrincipal user, Long teamId, Long repId) {
		if (user.hasAnyRole(Role.ADMIN, Role.DIRECTOR)) {
			if (teamId != null && this.directory.allTeams().stream().noneMatch((t) -> t.id() == teamId)) {
				throw BusinessRuleException.onField("teamId", "standard.validation.unknownScope");
			}
			if (repId != null && this.directory.findMember(repId).isEmpty()) {
				throw BusinessRuleException.onField("repId", "standard.validation.unknownScope");
			}
			return;
		}
		if (!user.hasRole(Role.MANAGER)) {
			throw new AccessDeniedException("standards are set by managers");
		}
		Set<Long> teams = teamsOf(user);
		boolean allowed = (teamId != null && teams.contains(teamId))
				|| (repId != null && repTeam(repId) != null && teams.contains(repTeam(repId)));
		if (!allowed) {
			throw new AccessDeniedException("not one of the manager's teams");
		}
	}

	private Set<Long> teamsOf(UserPrincipal user) {
		return this.directory.teamsManagedBy(user.id())
			.stream()
			.map(TeamDirectory.TeamSummary::id)
			.collect(Collectors.toSet());
	}

	private Long repTeam(long repId) {
		return this.directory.findMember(repId).map(TeamDirectory.Member::teamId).orElse(null);
	}

	private String scopeName(VisitStandard s) {
		if (s.getRepId() != null) {
			return this.directory.findMember(s.getRepId()).map(TeamDirectory.Member::displayName).orElse(null);
		}
		if (s.getTeamId() != null) {
			return this.directory.allTeams()
				.stream()
				.filter((t) -> t.id() == s.getTeamId())
				.map(TeamDirectory.TeamSummary::name)
				.findFirst()
				.orElse(null);
		}
		return null;
	}

}
