package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.Kpis.Codes;

import org.springframework.stereotype.Component;

/**
 * The imbalance flags (the Joe Martin check) for all rated reps together, from the peer
 * group's values of a few KPIs and their percentiles among the rated reps
 * ({@link PeerScoring#percentiles}); thresholds from {@link ImbalanceThresholds}:
 * <ul>
 * <li>{@code VOLUME_OVER_MARGIN}: SALES_VS_GOAL percentile ≥ high and MARGIN_RATE
 * percentile ≤ low;</li>
 * <li>{@code NO_NEW_BUSINESS}: SALES_VS_GOAL percentile ≥ high and (no NEW_CUSTOMERS or
 * PROSPECT_VISIT_SHARE ≤ the prospect share);</li>
 * <li>{@code EFFORT_NO_YIELD}: VISITS_PER_DAY percentile ≥ high and SALES_PER_VISIT
 * percentile ≤ low (→ coaching);</li>
 * <li>{@code LONG_TERM_VALUE} (positive): SALES_VS_GOAL within the goal band and a
 * percentile ≥ high in RETENTION_RATE, COMPLAINTS_RESOLVED or NEW_CUSTOMERS;</li>
 * <li>{@code CONCENTRATION}, {@code SMALL_NEGLECT}, {@code LOW_MARGIN_MIX}: from the
 * per-customer, per-visit and per-product figures of {@link FlagFigures}
 * ({@link #mixFlags}).</li>
 * </ul>
 * Each flag carries its evidence: the values and percentiles it looked at, the
 * thresholds, the peer medians, and links to the rep's orders, customers and visits of
 * the period. Reps too new to rate get no flags. The thresholds are those in force on the
 * period's last day. This computes from the data; {@link StoredFlags} keeps the result of
 * a closed calendar period (ADR 0044), open periods are computed on every read (ADR
 * 0028).
 */
@Component
public class ImbalanceFlags {

	/** A raised flag and what raised it. */
	public record Flag(String code, boolean positive, Map<String, Object> evidence) {
	}

	static final List<String> KPI_CODES = List.of(Codes.SALES_VS_GOAL, Codes.MARGIN_RATE, Codes.NEW_CUSTOMERS,
			Codes.PROSPECT_VISIT_SHARE, Codes.VISITS_PER_DAY, Codes.SALES_PER_VISIT, Codes.RETENTION_RATE,
			Codes.COMPLAINTS_RESOLVED);

	/** The figures of {@link FlagFigures} shown as evidence, with a peer median each. */
	static final List<String> FIGURE_CODES = List.of(FlagFigures.TOP3_SHARE, FlagFigures.SMALL_ACCOUNT_SHARE,
			FlagFigures.SMALL_VISIT_SHARE, FlagFigures.LOW_MARGIN_SHARE, FlagFigures.COMPANY_LOW_MARGIN_SHARE);

	private final ImbalanceThresholds thresholds;

	private final FlagFigures figures;

	ImbalanceFlags(ImbalanceThresholds thresholds, FlagFigures figures) {
		this.thresholds = thresholds;
		this.figures = figures;
	}

	Map<String, List<Flag>> raise(KpiPeriod period, List<Peers.Peer> peers, List<PeerScoring.Person> persons,
			Map<String, Map<String, BigDecimal>> values) {
		Map<String, BigDecimal> limits = this.thresholds.applyingOn(period.to());
		BigDecimal high = limits.get("HIGH_PERCENTILE");
		BigDecimal low = limits.get("LOW_PERCENTILE");
		Map<String, Map<String, BigDecimal>> percentiles = new HashMap<>();
		Map<String, BigDecimal> medians = new HashMap<>();
		for (String code : KPI_CODES) {
			Map<String, BigDecimal> byPerson = new HashMap<>();
			persons.stream()
				.filter(PeerScoring.Person::rated)
				.forEach((person) -> byPerson.put(person.username(), values.get(person.username()).get(code)));
			// every one of these KPIs is higher-is-better in the catalogue
			percentiles.put(code, PeerScoring.percentiles(byPerson, false));
			medians.put(code,
					ScorecardBoard.median(byPerson.values().stream().filter((value) -> value != null).toList()));
		}
		Map<Long, Map<String, BigDecimal>> figures = this.figures.of(period);
		Map<String, Map<String, BigDecimal>> all = new HashMap<>();
		for (Peers.Peer peer : peers) {
			Map<String, BigDecimal> own = new HashMap<>(values.get(peer.username()));
			own.putAll(figures.getOrDefault(peer.id(), Map.of()));
			all.put(peer.username(), own);
		}
		for (String code : FIGURE_CODES) {
			medians.put(code,
					ScorecardBoard.median(peers.stream()
						.filter((peer) -> peer.ratedAt(period.to()))
						.map((peer) -> all.get(peer.username()).get(code))
						.filter((value) -> value != null)
						.toList()));
		}
		Map<String, List<Flag>> raised = new HashMap<>();
		for (Peers.Peer peer : peers) {
			if (!peer.ratedAt(period.to())) {
				continue;
			}
			Check check = new Check(peer, period, all.get(peer.username()), percentiles, medians, limits);
			List<Flag> flags = new ArrayList<>();
			if (check.atLeast(Codes.SALES_VS_GOAL, high) && check.atMost(Codes.MARGIN_RATE, low)) {
				flags.add(check.flag("VOLUME_OVER_MARGIN", false, List.of(Codes.SALES_VS_GOAL, Codes.MARGIN_RATE),
						List.of("HIGH_PERCENTILE", "LOW_PERCENTILE")));
			}
			BigDecimal newCustomers = check.value(Codes.NEW_CUSTOMERS);
			BigDecimal prospects = check.value(Codes.PROSPECT_VISIT_SHARE);
			if (check.atLeast(Codes.SALES_VS_GOAL, high) && ((newCustomers != null && newCustomers.signum() == 0)
					|| (prospects != null && prospects.compareTo(limits.get("PROSPECT_SHARE_MAX")) <= 0))) {
				flags.add(check.flag("NO_NEW_BUSINESS", false,
						List.of(Codes.SALES_VS_GOAL, Codes.NEW_CUSTOMERS, Codes.PROSPECT_VISIT_SHARE),
						List.of("HIGH_PERCENTILE", "PROSPECT_SHARE_MAX")));
			}
			if (check.atLeast(Codes.VISITS_PER_DAY, high) && check.atMost(Codes.SALES_PER_VISIT, low)) {
				flags.add(check.flag("EFFORT_NO_YIELD", false, List.of(Codes.VISITS_PER_DAY, Codes.SALES_PER_VISIT),
						List.of("HIGH_PERCENTILE", "LOW_PERCENTILE")));
			}
			BigDecimal goal = check.value(Codes.SALES_VS_GOAL);
			if (goal != null && goal.compareTo(limits.get("GOAL_BAND_LOW")) >= 0
					&& goal.compareTo(limits.get("GOAL_BAND_HIGH")) <= 0
					&& (check.atLeast(Codes.RETENTION_RATE, high) || check.atLeast(Codes.COMPLAINTS_RESOLVED, high)
							|| check.atLeast(Codes.NEW_CUSTOMERS, high))) {
				flags.add(check.flag(
						"LONG_TERM_VALUE", true, List.of(Codes.SALES_VS_GOAL, Codes.RETENTION_RATE,
								Codes.COMPLAINTS_RESOLVED, Codes.NEW_CUSTOMERS),
						List.of("GOAL_BAND_LOW", "GOAL_BAND_HIGH", "HIGH_PERCENTILE")));
			}
			flags.addAll(mixFlags(check, limits));
			raised.put(peer.username(), flags);
		}
		return raised;
	}

	/**
	 * CONCENTRATION, SMALL_NEGLECT and LOW_MARGIN_MIX, from the rep's
	 * {@link FlagFigures}: the three largest customers' share of sales ≥ TOP3_SHARE_MIN;
	 * the share of visits to C-class customers and prospects below SMALL_VISIT_RATIO ×
	 * their share of the accounts; the share of sales in the lowest-margin quartile of
	 * products ≥ the company's share + LOW_MARGIN_MIX_PP.
	 */
	static List<Flag> mixFlags(Check check, Map<String, BigDecimal> limits) {
		List<Flag> flags = new ArrayList<>();
		BigDecimal top3 = check.value(FlagFigures.TOP3_SHARE);
		if (top3 != null && top3.compareTo(limits.get("TOP3_SHARE_MIN")) >= 0) {
			flags.add(check.flag("CONCENTRATION", false, List.of(FlagFigures.TOP3_SHARE), List.of("TOP3_SHARE_MIN")));
		}
		BigDecimal accounts = check.value(FlagFigures.SMALL_ACCOUNT_SHARE);
		BigDecimal visits = check.value(FlagFigures.SMALL_VISIT_SHARE);
		if (accounts != null && accounts.signum() > 0 && visits != null
				&& visits.compareTo(accounts.multiply(limits.get("SMALL_VISIT_RATIO"))) < 0) {
			flags.add(check.flag("SMALL_NEGLECT", false,
					List.of(FlagFigures.SMALL_VISIT_SHARE, FlagFigures.SMALL_ACCOUNT_SHARE),
					List.of("SMALL_VISIT_RATIO")));
		}
		BigDecimal low = check.value(FlagFigures.LOW_MARGIN_SHARE);
		BigDecimal company = check.value(FlagFigures.COMPANY_LOW_MARGIN_SHARE);
		if (low != null && company != null && low.compareTo(company.add(limits.get("LOW_MARGIN_MIX_PP"))) >= 0) {
			flags.add(check.flag("LOW_MARGIN_MIX", false,
					List.of(FlagFigures.LOW_MARGIN_SHARE, FlagFigures.COMPANY_LOW_MARGIN_SHARE),
					List.of("LOW_MARGIN_MIX_PP")));
		}
		return flags;
	}

	/** One rep's figures against the thresholds. */
	record Check(Peers.Peer peer, KpiPeriod period, Map<String, BigDecimal> values,
			Map<String, Map<String, BigDecimal>> percentiles, Map<String, BigDecimal> medians,
			Map<String, BigDecimal> limits) {

		BigDecimal value(String code) {
			return this.values.get(code);
		}

		BigDecimal percentile(String code) {
			return this.percentiles.getOrDefault(code, Map.of()).get(this.peer.username());
		}

		boolean atLeast(String code, BigDecimal threshold) {
			BigDecimal p = percentile(code);
			return p != null && p.compareTo(threshold) >= 0;
		}

		boolean atMost(String code, BigDecimal threshold) {
			BigDecimal p = percentile(code);
			return p != null && p.compareTo(threshold) <= 0;
		}

		Flag flag(String code, boolean positive, List<String> kpis, List<String> thresholdNames) {
			Map<String, Object> shown = new LinkedHashMap<>();
			Map<String, Object> percentilesShown = new LinkedHashMap<>();
			Map<String, Object> mediansShown = new LinkedHashMap<>();
			for (String kpi : kpis) {
				shown.put(kpi, value(kpi));
				BigDecimal p = percentile(kpi);
				percentilesShown.put(kpi, (p != null) ? p.setScale(2, RoundingMode.HALF_UP) : null);
				mediansShown.put(kpi, this.medians.get(kpi));
			}
			Map<String, Object> thresholdsShown = new LinkedHashMap<>();
			thresholdNames.forEach((name) -> thresholdsShown.put(name, this.limits.get(name)));
			String range = "from=" + this.period.from() + "&to=" + this.period.to();
			Map<String, Object> links = new LinkedHashMap<>();
			links.put("orders", "/orders?ownerId=" + this.peer.id() + "&" + range);
			links.put("customers", "/customers?owner=" + this.peer.id());
			links.put("visits", "/visits?repId=" + this.peer.id() + "&" + range);
			Map<String, Object> evidence = new LinkedHashMap<>();
			evidence.put("values", shown);
			evidence.put("percentiles", percentilesShown);
			evidence.put("peerMedians", mediansShown);
			evidence.put("thresholds", thresholdsShown);
			evidence.put("links", links);
			return new Flag(code, positive, evidence);
		}

	}

}
