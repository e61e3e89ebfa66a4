package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesteam.evaluation.internal.FlagFigures.Sold;
import org.salesteam.performance.KpiPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CONCENTRATION, SMALL_NEGLECT and LOW_MARGIN_MIX against figures worked out by hand (the
 * working is in the comments), the thresholds at their seeded values (V173) and on their
 * boundaries.
 */
class MixFlagsTests {

	private static final Map<String, BigDecimal> LIMITS = Map.of("TOP3_SHARE_MIN", new BigDecimal("0.60"),
			"SMALL_VISIT_RATIO", new BigDecimal("0.50"), "LOW_MARGIN_MIX_PP", new BigDecimal("0.15"));

	private static Sold sold(long owner, long item, String sales, String cost) {
		return new Sold(owner, item, new BigDecimal(sales), new BigDecimal(cost));
	}

	private static BigDecimal d(String text) {
		return new BigDecimal(text);
	}

	@Test
	void topThreeShareIsTheThreeLargestCustomersOverAllTheRepsSales() {
		Map<Long, BigDecimal> shares = FlagFigures.topThreeShares(List.of(
				// rep 1: 50 + 30 + 10 of 50 + 30 + 10 + 10 = 100 → 0.9
				sold(1, 11, "50", "0"), sold(1, 12, "30", "0"), sold(1, 13, "10", "0"), sold(1, 14, "10", "0"),
				// rep 2: four customers of 25 → 75 of 100 = 0.75
				sold(2, 21, "25", "0"), sold(2, 22, "25", "0"), sold(2, 23, "25", "0"), sold(2, 24, "25", "0"),
				// rep 3: two customers: all of it
				sold(3, 31, "10", "0"), sold(3, 32, "30", "0"),
				// rep 4: sales of 0 → undefined
				sold(4, 41, "0", "0")));
		assertThat(shares.get(1L)).isEqualByComparingTo("0.9");
		assertThat(shares.get(2L)).isEqualByComparingTo("0.75");
		assertThat(shares.get(3L)).isEqualByComparingTo("1");
		assertThat(shares).doesNotContainKey(4L);
	}

	@Test
	void theLowestMarginQuartileAndItsSharesOfCompanyAndRepSales() {
		// margin rates: P1 10/100 = 10 %, P2 20 %, P3 30 %, P4 40 %, P5 100/200 = 50 %;
		// n = 5 → ⌈5/4⌉ = 2 lowest: P1, P2
		FlagFigures.LowMargin low = FlagFigures.lowMarginShares(List.of(sold(1, 1, "100", "90"), sold(1, 2, "50", "40"),
				sold(1, 5, "50", "25"), sold(2, 2, "50", "40"), sold(2, 3, "100", "70"), sold(2, 4, "100", "60"),
				sold(2, 5, "100", "50"), sold(0, 5, "50", "25")));
		assertThat(low.products()).containsExactlyInAnyOrder(1L, 2L);
		// company: (100 + 50 + 50) of 600 = 0.3333
		assertThat(low.company()).isEqualByComparingTo("0.3333");
		// rep 1: 150 of 200; rep 2: 50 of 350; the unowned orders count for the company
		// only
		assertThat(low.byOwner().get(1L)).isEqualByComparingTo("0.75");
		assertThat(low.byOwner().get(2L)).isEqualByComparingTo("0.1429");
		assertThat(low.byOwner()).doesNotContainKey(0L);
	}

	@Test
	void productsTiedWithTheLastOfTheQuartileAreInIt() {
		// rates 10 %, 10 %, 30 %, 40 %: n = 4 → 1 lowest, and the other at 10 % with it
		FlagFigures.LowMargin low = FlagFigures.lowMarginShares(List.of(sold(1, 1, "100", "90"),
				sold(1, 2, "200", "180"), sold(1, 3, "100", "70"), sold(1, 4, "100", "60")));
		assertThat(low.products()).containsExactlyInAnyOrder(1L, 2L);
		assertThat(low.company()).isEqualByComparingTo("0.6");
	}

	private static List<String> flags(Map<String, String> figures) {
		Map<String, BigDecimal> values = new HashMap<>();
		figures.forEach((code, value) -> values.put(code, d(value)));
		Peers.Peer peer = new Peers.Peer(1, "rep", "Rep", List.of(), LocalDate.of(2020, 1, 1));
		ImbalanceFlags.Check check = new ImbalanceFlags.Check(peer,
				new KpiPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), values, Map.of(), Map.of(),
				LIMITS);
		return ImbalanceFlags.mixFlags(check, LIMITS).stream().map(ImbalanceFlags.Flag::code).toList();
	}

	@Test
	void concentrationFromSixtyPercentOn() {
		assertThat(flags(Map.of("TOP3_SHARE", "0.60"))).containsExactly("CONCENTRATION");
		assertThat(flags(Map.of("TOP3_SHARE", "0.5999"))).isEmpty();
	}

	@Test
	void smallNeglectBelowHalfTheAccountShare() {
		// 40 % of the accounts are C-class or prospects: flagged below 20 % of the visits
		assertThat(flags(Map.of("SMALL_ACCOUNT_SHARE", "0.40", "SMALL_VISIT_SHARE", "0.1999")))
			.containsExactly("SMALL_NEGLECT");
		assertThat(flags(Map.of("SMALL_ACCOUNT_SHARE", "0.40", "SMALL_VISIT_SHARE", "0.20"))).isEmpty();
		// no small accounts, or no visits: nothing to neglect, nothing to measure
		assertThat(flags(Map.of("SMALL_ACCOUNT_SHARE", "0", "SMALL_VISIT_SHARE", "0"))).isEmpty();
		assertThat(flags(Map.of("SMALL_ACCOUNT_SHARE", "0.40"))).isEmpty();
	}

	@Test
	void lowMarginMixFromFifteenPointsAboveTheCompany() {
		assertThat(flags(Map.of("LOW_MARGIN_SHARE", "0.4833", "COMPANY_LOW_MARGIN_SHARE", "0.3333")))
			.containsExactly("LOW_MARGIN_MIX");
		assertThat(flags(Map.of("LOW_MARGIN_SHARE", "0.4832", "COMPANY_LOW_MARGIN_SHARE", "0.3333"))).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theEvidenceNamesTheFiguresAndTheThreshold() {
		Map<String, BigDecimal> values = Map.of("TOP3_SHARE", d("0.9"));
		Peers.Peer peer = new Peers.Peer(7, "rep", "Rep", List.of(), LocalDate.of(2020, 1, 1));
		ImbalanceFlags.Check check = new ImbalanceFlags.Check(peer,
				new KpiPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), values, Map.of(),
				Map.of("TOP3_SHARE", d("0.55")), LIMITS);
		ImbalanceFlags.Flag flag = ImbalanceFlags.mixFlags(check, LIMITS).get(0);
		assertThat((Map<Object, Object>) flag.evidence().get("values")).containsEntry("TOP3_SHARE", d("0.9"));
		assertThat((Map<Object, Object>) flag.evidence().get("peerMedians")).containsEntry("TOP3_SHARE", d("0.55"));
		assertThat((Map<Object, Object>) flag.evidence().get("thresholds")).containsEntry("TOP3_SHARE_MIN", d("0.60"));
		assertThat((Map<Object, Object>) flag.evidence().get("links")).containsEntry("orders",
				"/orders?ownerId=7&from=2025-01-01&to=2025-12-31");
	}

}
