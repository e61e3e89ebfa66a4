package org.salesteam.motivation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.motivation.ContestStatus;
import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 排行榜: a contest's standings over its window, computed on read in every state — a draft
 * shows a preview, also for a window in the past, and orders cancelled after the end
 * simply drop out of the KPI figures. Every participant's row is computed (one pass of
 * the engine for all); the page shows the top and the viewer's own row.
 */
@Service
public class Leaderboards {

	/**
	 * The standings, the participants' names by username, and the team ranking of the
	 * contest's teams ({@link TeamStandings}) with their names by id.
	 */
	public record Board(Contest contest, ContestStatus status, List<Standings.Row> rows, Map<String, String> names,
			List<TeamStandings.TeamRow> teams, Map<Long, String> teamNames) {
	}

	private final ContestAccess access;

	private final Clock clock;

	private final ContestPeople people;

	private final ContestFigures figures;

	private final Kpis kpis;

	private final TeamDirectory directory;

	Leaderboards(ContestAccess access, Clock clock, ContestPeople people, ContestFigures figures, Kpis kpis,
			TeamDirectory directory) {
		this.directory = directory;
		this.access = access;
		this.clock = clock;
		this.people = people;
		this.figures = figures;
		this.kpis = kpis;
	}

	@Transactional(readOnly = true)
	public Board board(UserPrincipal user, long id) {
		Contest contest = this.access.visible(user, id);
		return board(contest, this.people.of(contest), contest.period());
	}

	Board board(Contest contest, List<ContestPeople.Person> participants, KpiPeriod window) {
		List<Standings.Entry> entries = this.figures.entries(contest, participants, window);
		boolean higher = higherIsBetter(contest.getKpiCode());
		List<Standings.Row> rows = Standings.of(entries, contest.getScoring(), higher, window.days(),
				contest.prizeRules());
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Long> teamOf = new HashMap<>();
		// read once: each call copies the persistent set (1,000 participants at scale L)
		Set<Long> contestTeams = contest.getTeamIds();
		participants.forEach((person) -> {
			names.put(person.username(), person.member().displayName());
			if (person.member().teamId() != null && contestTeams.contains(person.member().teamId())) {
				teamOf.put(person.username(), person.member().teamId());
			}
		});
		Map<Long, String> teamNames = new LinkedHashMap<>();
		this.directory.allTeams()
			.stream()
			.filter((team) -> contestTeams.contains(team.id()))
			.forEach((team) -> teamNames.put(team.id(), team.name()));
		return new Board(contest, contest.status(LocalDate.now(this.clock)), rows, names,
				TeamStandings.of(rows, teamOf, higher), teamNames);
	}

	/** The KPI's direction from the catalogue. */
	boolean higherIsBetter(String kpiCode) {
		return this.kpis.find(kpiCode).map(KpiDefinition::higherIsBetter).orElse(true);
	}

}
