package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.Kpis;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecards of everyone in a role for a period, computed together: the template that
 * applies at the period's end, every peer's values in one pass of the KPI engine, the
 * percentiles, scores, ranks and quartiles ({@link PeerScoring}), a rep's potential
 * capture (sales ÷ the annual potential of the rep's customers pro-rated to the period's
 * days) and the imbalance flags ({@link ImbalanceFlags}, kept for closed periods by
 * {@link StoredFlags}). Who may see which rows is the caller's business
 * ({@link EvaluationAccess}).
 */
@Service
public class ScorecardBoard {

	/** One person's row. */
	public record Row(Peers.Peer peer, PeerScoring.Scored scored, BigDecimal potentialCapture,
			List<ImbalanceFlags.Flag> flags) {
	}

	/**
	 * Everyone's rows: rated by rank, then those too new to rate; when the flags were
	 * stored (a closed calendar period, {@link StoredFlags}), null when computed live.
	 */
	public record Board(ScorecardTemplates.View template, KpiPeriod period, List<Row> rows, Instant flagsStoredAt) {

		public Optional<Row> row(String username) {
			return this.rows.stream().filter((row) -> row.peer().username().equalsIgnoreCase(username)).findFirst();
		}

		/** The rows of a team's members (reps) or leaders (managers). */
		public List<Row> ofTeam(long teamId) {
			return this.rows.stream().filter((row) -> row.peer().teamIds().contains(teamId)).toList();
		}

	}

	private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);

	private final ScorecardTemplates templates;

	private final ScorecardMetrics catalogue;

	private final Peers peers;

	private final PeerValues values;

	private final ManagerFigures managerFigures;

	private final ImbalanceFlags flags;

	private final OwnerPotentials potentials;

	private final DevelopmentItemsDone itemsDone;

	private final StoredFlags storedFlags;

	ScorecardBoard(ScorecardTemplates templates, ScorecardMetrics catalogue, Peers peers, PeerValues values,
			ManagerFigures managerFigures, ImbalanceFlags flags, OwnerPotentials potentials,
			DevelopmentItemsDone itemsDone, StoredFlags storedFlags) {
		this.templates = templates;
		this.catalogue = catalogue;
		this.peers = peers;
		this.values = values;
		this.managerFigures = managerFigures;
		this.flags = flags;
		this.potentials = potentials;
		this.itemsDone = itemsDone;
		this.storedFlags = storedFlags;
	}

	@Transactional(readOnly = true)
	public Board of(ScoredRole role, KpiPeriod period) {
		ScorecardTemplates.View template = this.templates.applyingOn(role, period.to());
		List<Peers.Peer> people = this.peers.of(role);
		Set<String> codes = new LinkedHashSet<>();
		for (ScorecardTemplates.Line line : template.metrics()) {
			if (!this.catalogue.find(role, line.code()).map(ScorecardMetrics.Metric::own).orElse(true)) {
				codes.add(line.code());
			}
		}
		if (role == ScoredRole.REP) {
			codes.add(Kpis.Codes.SALES);
			codes.addAll(ImbalanceFlags.KPI_CODES);
		}
		Map<String, Map<String, KpiValue>> kpiValues = this.values.of(role, people, period, codes);
		Map<String, Map<String, BigDecimal>> byPerson = new HashMap<>();
		for (Peers.Peer peer : people) {
			Map<String, BigDecimal> own = new HashMap<>();
			kpiValues.getOrDefault(peer.username(), Map.of()).forEach((code, value) -> own.put(code, value.value()));
			byPerson.put(peer.username(), own);
		}
		if (role == ScoredRole.MANAGER) {
			addManagerMetrics(people, period, byPerson);
		}
		else {
			Map<Long, BigDecimal> done = this.itemsDone.of(period);
			people.forEach((peer) -> byPerson.get(peer.username())
				.put(ScorecardMetrics.DEVELOPMENT_ITEMS_DONE, done.get(peer.id())));
		}
		List<PeerScoring.Metric> metrics = template.metrics()
			.stream()
			.map((line) -> new PeerScoring.Metric(line.code(), line.weight(), line.lowerIsBetter()))
			.toList();
		List<PeerScoring.Person> persons = people.stream()
			.map((peer) -> new PeerScoring.Person(peer.username(), peer.ratedAt(period.to()),
					byPerson.get(peer.username())))
			.toList();
		Map<String, Peers.Peer> byName = new HashMap<>();
		people.forEach((peer) -> byName.put(peer.username(), peer));
		Map<String, BigDecimal> capture = (role == ScoredRole.REP) ? potentialCapture(people, period, byPerson)
				: Map.of();
		StoredFlags.Result raised = (role == ScoredRole.REP)
				? this.storedFlags.of(period, people, () -> this.flags.raise(period, people, persons, byPerson))
				: new StoredFlags.Result(Map.of(), Optional.empty());
		List<Row> rows = new ArrayList<>();
		for (PeerScoring.Scored scored : PeerScoring.score(metrics, persons)) {
			rows.add(new Row(byName.get(scored.username()), scored, capture.get(scored.username()),
					raised.flags().getOrDefault(scored.username(), List.of())));
		}
		return new Board(template, period, rows, raised.storedAt().orElse(null));
	}

	private void addManagerMetrics(List<Peers.Peer> managers, KpiPeriod period,
			Map<String, Map<String, BigDecimal>> byPerson) {
		Board reps = of(ScoredRole.REP, period);
		Map<Long, BigDecimal> reviewed = this.managerFigures.reviewedOnTime(period);
		Map<Long, BigDecimal> fit = this.managerFigures.timeSplitFit(period);
		for (Peers.Peer manager : managers) {
			List<BigDecimal> scores = new ArrayList<>();
			for (Long team : manager.teamIds()) {
				reps.ofTeam(team)
					.stream()
					.map((row) -> row.scored().score())
					.filter((score) -> score != null)
					.forEach(scores::add);
			}
			Map<String, BigDecimal> own = byPerson.get(manager.username());
			own.put(ScorecardMetrics.TEAM_MEDIAN_SCORE, median(scores));
			own.put(ScorecardMetrics.SCHEDULES_REVIEWED_ON_TIME, reviewed.get(manager.id()));
			own.put(ScorecardMetrics.TIME_SPLIT_FIT, fit.get(manager.id()));
		}
	}

	static BigDecimal median(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
		return median.setScale(2, RoundingMode.HALF_UP);
	}

	private Map<String, BigDecimal> potentialCapture(List<Peers.Peer> people, KpiPeriod period,
			Map<String, Map<String, BigDecimal>> byPerson) {
		Map<Long, BigDecimal> potential = this.potentials.of(people.stream().map(Peers.Peer::id).toList());
		Map<String, BigDecimal> result = new HashMap<>();
		BigDecimal days = BigDecimal.valueOf(period.days());
		for (Peers.Peer peer : people) {
			BigDecimal annual = potential.getOrDefault(peer.id(), BigDecimal.ZERO);
			BigDecimal sales = byPerson.get(peer.username()).get(Kpis.Codes.SALES);
			if (annual.signum() > 0 && sales != null) {
				BigDecimal proRated = annual.multiply(days).divide(DAYS_A_YEAR, 6, RoundingMode.HALF_UP);
				result.put(peer.username(), sales.divide(proRated, 4, RoundingMode.HALF_UP));
			}
		}
		return result;
	}

}
