package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passive vs active selling per rep and quarter (被动销售/主动销售, ADR 0050): the rep's own
 * view, a manager's team, the director's company — the scope passes the KPI engine's
 * rights rule ({@link Kpis#check}: 403 otherwise). Per rep the completed visits, the
 * active ones and their share, the proactive proposals per key account; a mostly reactive
 * rep is flagged with the handbook's characteristics of passive selling.
 */
@Service
public class SellingReports {

	/**
	 * The handbook's characteristics of passive selling (translated under
	 * retention.selling.trait.*).
	 */
	public static final List<String> PASSIVE_TRAITS = List.of("STATED_NEEDS_ONLY", "ONLY_WHEN_ASKED", "FOLLOWS_ROUTINE",
			"ACCEPTS_DECISIONS");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	/** One rep's figures of the quarter. */
	public record RepRow(String username, String name, long visits, long activeVisits, Double activeShare,
			long keyAccounts, long proactiveProposals, Double proposalsPerKeyAccount, boolean flagged,
			List<String> traits) {
	}

	/** The reps of a scope for a quarter, the mostly reactive first. */
	public record Report(String scope, String quarter, LocalDate from, LocalDate to, double threshold, int minVisits,
			long flagged, List<RepRow> reps) {
	}

	private final ActiveSelling selling;

	private final Kpis kpis;

	private final TeamDirectory directory;

	private final Clock clock;

	SellingReports(ActiveSelling selling, Kpis kpis, TeamDirectory directory, Clock clock) {
		this.selling = selling;
		this.kpis = kpis;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The report of a scope ({@code company}, {@code team:{id}}, {@code rep:{username}};
	 * default: a rep's own, a manager's first team, else the company) for a quarter
	 * ({@code 2026-Q4}; default this one); 422 on {@code scope} or {@code quarter}.
	 */
	@Transactional(readOnly = true)
	public Report report(UserPrincipal user, String scopeText, String quarterText) {
		KpiScope scope = (scopeText == null || scopeText.isBlank()) ? initialScope(user) : KpiScope.parse(scopeText);
		this.kpis.check(KpiViewer.of(user), scope);
		LocalDate from = quarterStart(quarterText);
		LocalDate to = from.plusMonths(3).minusDays(1);
		List<TeamDirectory.Member> members = members(scope);
		List<Long> ids = members.stream().map(TeamDirectory.Member::id).toList();
		Map<Long, ActiveSelling.VisitCount> visits = ids.isEmpty() ? Map.of()
				: this.selling.visits("v.rep_id in (:reps)", Map.of("reps", ids), from, to);
		Map<Long, ActiveSelling.ProposalCount> proposals = this.selling.proposals(ids, from, to);
		List<RepRow> rows = members.stream()
			.map((member) -> row(member, visits.getOrDefault(member.id(), new ActiveSelling.VisitCount(0, 0)),
					proposals.get(member.id())))
			.filter((row) -> row.visits() > 0 || row.keyAccounts() > 0)
			.sorted(Comparator.comparing(RepRow::flagged)
				.reversed()
				.thenComparing((RepRow row) -> (row.activeShare() != null) ? row.activeShare() : 2.0)
				.thenComparing(RepRow::username))
			.toList();
		return new Report(scope.format(), from.getYear() + "-Q" + ((from.getMonthValue() + 2) / 3), from, to,
				this.selling.threshold(), this.selling.minVisits(), rows.stream().filter(RepRow::flagged).count(),
				rows);
	}

	private RepRow row(TeamDirectory.Member member, ActiveSelling.VisitCount visits,
			ActiveSelling.ProposalCount proposals) {
		boolean flagged = this.selling.flagged(visits);
		return new RepRow(member.username(), member.displayName(), visits.visits(), visits.active(),
				(visits.visits() == 0) ? null : (double) visits.active() / visits.visits(), proposals.keyAccounts(),
				proposals.proposals(),
				(proposals.keyAccounts() == 0) ? null : (double) proposals.proposals() / proposals.keyAccounts(),
				flagged, flagged ? PASSIVE_TRAITS : List.of());
	}

	private List<TeamDirectory.Member> members(KpiScope scope) {
		List<TeamDirectory.Member> members = switch (scope.kind()) {
			case COMPANY -> this.directory
				.membersOf(this.directory.allTeams().stream().map(TeamDirectory.TeamSummary::id).toList());
			case TEAM -> {
				if (this.directory.allTeams().stream().noneMatch((team) -> team.id() == scope.teamId())) {
					throw new NotFoundException("team", scope.key());
				}
				yield this.directory.membersOf(scope.teamId());
			}
			case REP -> List.of(this.directory.findMemberByUsername(scope.key())
				.orElseThrow(() -> new NotFoundException("user", scope.key())));
			default -> throw BusinessRuleException.onField("scope", "retention.error.sellingScope");
		};
		return members.stream().filter(TeamDirectory.Member::active).toList();
	}

	private KpiScope initialScope(UserPrincipal user) {
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			return KpiScope.company();
		}
		if (user.hasRole(Role.MANAGER)) {
			List<TeamDirectory.TeamSummary> teams = this.directory.teamsManagedBy(user.id());
			if (!teams.isEmpty()) {
				return KpiScope.team(teams.get(0).id());
			}
		}
		return KpiScope.rep(user.getUsername());
	}

	private LocalDate quarterStart(String text) {
		if (text == null || text.isBlank()) {
			LocalDate today = LocalDate.now(this.clock);
			return LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
		}
		Matcher matcher = QUARTER.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
		if (!matcher.matches()) {
			throw BusinessRuleException.onField("quarter", "retention.error.quarter");
		}
		return LocalDate.of(Integer.parseInt(matcher.group(1)), (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
	}

}
