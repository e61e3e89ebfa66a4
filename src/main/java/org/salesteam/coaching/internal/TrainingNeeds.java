package org.salesteam.coaching.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesteam.evaluation.RepPercentiles;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data diagnosis and the training list of a rep (seen by the rep, the rep's manager
 * and directors; 404 for anyone else), and the manager's team view (the reps the manager
 * coaches; 403 for someone who coaches nobody). (ADR 0038)
 */
@Service
public class TrainingNeeds {

	/** A rep's diagnosis over the windows ending {@code to}. */
	public record Diagnosis(String username, String name, LocalDate habitsFrom, LocalDate mixFrom, LocalDate to,
			List<DiagnosisRules.Finding> findings) {
	}

	/**
	 * A rep's training list, ranked, with the diagnosis it rests on and the year of the
	 * scorecard its KPI gaps come from.
	 */
	public record TrainingList(String username, String name, Diagnosis diagnosis, int scorecardYear,
			List<TrainingRanking.Need> needs) {
	}

	/** One rep of the team view: the findings' codes and the first needs. */
	public record TeamRow(String username, String name, List<String> findings, List<TrainingRanking.Need> topNeeds) {
	}

	private static final int TOP = 3;

	/** The months of a year whose own scorecard is still too short for KPI gaps. */
	private static final int SCORECARD_NOISY_MONTHS = 3;

	private final CoachingAccess access;

	private final DiagnosisFacts facts;

	private final TeamDirectory directory;

	private final SelfTests selfTests;

	private final KnowledgeChecklist knowledge;

	private final RepPercentiles percentiles;

	private final Clock clock;

	TrainingNeeds(CoachingAccess access, DiagnosisFacts facts, TeamDirectory directory, SelfTests selfTests,
			KnowledgeChecklist knowledge, RepPercentiles percentiles, Clock clock) {
		this.percentiles = percentiles;
		this.access = access;
		this.facts = facts;
		this.directory = directory;
		this.selfTests = selfTests;
		this.knowledge = knowledge;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Diagnosis diagnosis(UserPrincipal user, String username) {
		TeamDirectory.Member rep = this.access.person(user, username);
		return diagnose(List.of(rep)).get(0);
	}

	@Transactional(readOnly = true)
	public TrainingList list(UserPrincipal user, String username) {
		TeamDirectory.Member rep = this.access.person(user, username);
		int year = scorecardYear();
		return list(user, rep, diagnose(List.of(rep)).get(0), year,
				this.percentiles.ofYear(user, year, List.of(rep.username())));
	}

	/** The reps the user coaches, each with findings and top needs (403 for nobody). */
	@Transactional(readOnly = true)
	public List<TeamRow> team(UserPrincipal user) {
		List<TeamDirectory.Member> reps = this.access.coachable(user);
		if (reps.isEmpty()) {
			throw new AccessDeniedException("coaches nobody");
		}
		List<Diagnosis> diagnoses = diagnose(reps);
		int year = scorecardYear();
		Map<String, List<RepPercentiles.MetricPercentile>> scorecards = this.percentiles.ofYear(user, year,
				reps.stream().map(TeamDirectory.Member::username).toList());
		List<TeamRow> rows = new ArrayList<>();
		for (int i = 0; i < reps.size(); i++) {
			TrainingList list = list(user, reps.get(i), diagnoses.get(i), year, scorecards);
			rows.add(new TeamRow(list.username(), list.name(),
					list.diagnosis().findings().stream().map(DiagnosisRules.Finding::code).toList(),
					list.needs().subList(0, Math.min(TOP, list.needs().size()))));
		}
		return rows;
	}

	private TrainingList list(UserPrincipal user, TeamDirectory.Member rep, Diagnosis diagnosis, int year,
			Map<String, List<RepPercentiles.MetricPercentile>> scorecards) {
		TrainingRanking ranking = new TrainingRanking().findings(diagnosis.findings());
		this.selfTests.find(user, rep.username()).ifPresent((test) -> ranking.selfTest(test.items()));
		ranking.knowledge(this.knowledge.of(user, rep.username()).items());
		ranking.kpiGaps(year, scorecards.getOrDefault(rep.username(), List.of()));
		return new TrainingList(rep.username(), rep.displayName(), diagnosis, year, ranking.ranked());
	}

	/**
	 * The year whose scorecard gives the KPI gaps: this year, as the scorecard page shows
	 * it (so the link shows the same percentiles), but last year until the end of March,
	 * when a few weeks' percentiles would be noise (ADR 0054).
	 */
	int scorecardYear() {
		LocalDate today = LocalDate.now(this.clock);
		return (today.getMonthValue() <= SCORECARD_NOISY_MONTHS) ? today.getYear() - 1 : today.getYear();
	}

	/** The other active reps of the member's team. */
	private static List<TeamDirectory.Member> peers(TeamDirectory.Member rep, List<TeamDirectory.Member> everyone) {
		return everyone.stream()
			.filter((m) -> m.id() != rep.id() && m.active() && rep.teamId() != null && rep.teamId().equals(m.teamId()))
			.toList();
	}

	/**
	 * The diagnoses of the reps, in their order; a finding every peer shows too is marked
	 * team-wide; each rep's peers are the other active reps of the rep's team.
	 */
	private List<Diagnosis> diagnose(List<TeamDirectory.Member> reps) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Long> teams = reps.stream()
			.map(TeamDirectory.Member::teamId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		List<TeamDirectory.Member> everyone = new ArrayList<>(this.directory.membersOf(teams));
		reps.stream().filter((rep) -> everyone.stream().noneMatch((m) -> m.id() == rep.id())).forEach(everyone::add);
		Map<Long, DiagnosisRules.Facts> all = this.facts.of(everyone.stream().map(TeamDirectory.Member::id).toList(),
				today);
		Map<Long, List<DiagnosisRules.Finding>> raw = new java.util.HashMap<>();
		for (TeamDirectory.Member member : everyone) {
			raw.put(member.id(), DiagnosisRules.diagnose(all.get(member.id()),
					peers(member, everyone).stream().map((m) -> all.get(m.id())).toList()));
		}
		List<Diagnosis> diagnoses = new ArrayList<>();
		for (TeamDirectory.Member rep : reps) {
			List<TeamDirectory.Member> peers = peers(rep, everyone);
			List<DiagnosisRules.Finding> findings = raw.get(rep.id())
				.stream()
				.map((f) -> (!peers.isEmpty() && peers.stream()
					.allMatch((p) -> raw.get(p.id()).stream().anyMatch((g) -> g.code().equals(f.code()))))
							? f.sharedByTeam() : f)
				.toList();
			diagnoses
				.add(new Diagnosis(rep.username(), rep.displayName(), monday.minusWeeks(DiagnosisRules.SCHEDULE_WEEKS),
						monday.minusWeeks(DiagnosisFacts.MIX_WEEKS), monday.minusDays(1), findings));
		}
		return diagnoses;
	}

}
