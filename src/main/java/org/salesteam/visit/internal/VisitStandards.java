package org.salesteam.visit.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.salesteam.team.TeamDirectory;
import org.salesteam.visit.StandardPeriod;
import org.salesteam.visit.VisitStandard;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity standard that applies to a rep: their own, else their team's, else the
 * company default (seeded by the migration).
 */
@Component
public class VisitStandards {

	/** The minimums of one period. */
	public record Minimums(int visits, int newProspects, int conversions, int proposals) {
	}

	private final VisitStandardRepository standards;

	private final TeamDirectory directory;

	VisitStandards(VisitStandardRepository standards, TeamDirectory directory) {
		this.standards = standards;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public Minimums forRep(long repId, StandardPeriod period) {
		Long teamId = this.directory.findMember(repId).map(TeamDirectory.Member::teamId).orElse(null);
		return forRep(repId, teamId, this.standards.findByPeriod(period));
	}

	/**
	 * Every standard of a period, for resolving many reps with
	 * {@link #forRep(long, Long, List)}.
	 */
	@Transactional(readOnly = true)
	public List<VisitStandard> rows(StandardPeriod period) {
		return this.standards.findByPeriod(period);
	}

	/**
	 * The rep's own standard, else their team's, else the default, among {@code rows}.
	 */
	public Minimums forRep(long repId, Long teamId, List<VisitStandard> rows) {
		return find(rows, null, repId).or(() -> (teamId != null) ? find(rows, teamId, null) : Optional.empty())
			.or(() -> find(rows, null, null))
			.map(VisitStandards::minimums)
			.orElse(new Minimums(0, 0, 0, 0));
	}

	/** The row of exactly this scope (team, rep, or neither: the default), if any. */
	Optional<VisitStandard> find(List<VisitStandard> rows, Long teamId, Long repId) {
		return rows.stream()
			.filter((s) -> Objects.equals(s.getTeamId(), teamId) && Objects.equals(s.getRepId(), repId))
			.findFirst();
	}

	static Minimums minimums(VisitStandard s) {
		return new Minimums(s.getMinVisits(), s.getMinNewProspects(), s.getMinConversions(), s.getMinProposals());
	}

}
