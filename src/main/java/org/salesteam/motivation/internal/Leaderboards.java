package org.salesteam.motivation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.motivation.ContestStatus;
import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.UserPrincipal;

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

	/** The standings and the participants' names by username. */
	public record Board(Contest contest, ContestStatus status, List<Standings.Row> rows, Map<String, String> names) {
	}

	private final ContestAccess access;

	private final Clock clock;

	private final ContestPeople people;

	private final ContestFigures figures;

	private final Kpis kpis;

	Leaderboards(ContestAccess access, Clock clock, ContestPeople people, ContestFigures figures, Kpis kpis) {
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
		List<Standings.Row> rows = Standings.of(entries, contest.getScoring(), higherIsBetter(contest.getKpiCode()),
				window.days(), contest.prizeRules());
		Map<String, String> names = new LinkedHashMap<>();
		participants.forEach((person) -> names.put(person.username(), person.member().displayName()));
		return new Board(contest, contest.status(LocalDate.now(this.clock)), rows, names);
	}

	/** The KPI's direction from the catalogue. */
	boolean higherIsBetter(String kpiCode) {
		return this.kpis.find(kpiCode).map(KpiDefinition::higherIsBetter).orElse(true);
	}

}
