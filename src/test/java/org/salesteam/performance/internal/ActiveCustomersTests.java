package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overlap of two periods' active customers (retention, loss) and the top-20 % sales.
 */
class ActiveCustomersTests {

	@Test
	void theOverlapIsTheCountOfCommonIdsWhateverTheSizes() {
		Random random = new Random(7);
		for (int round = 0; round < 200; round++) {
			long[] left = random.longs(random.nextInt(60), 1, 120).distinct().toArray();
			long[] right = random.longs(random.nextInt(60), 1, 120).distinct().toArray();
			Set<Long> common = LongStream.of(left).boxed().collect(Collectors.toSet());
			common.retainAll(LongStream.of(right).boxed().collect(Collectors.toSet()));
			ActiveCustomers now = of(left);
			ActiveCustomers before = of(right);
			assertThat(now.alsoIn(before)).as("round %d", round).isEqualTo(common.size());
			assertThat(before.alsoIn(now)).isEqualTo(common.size());
		}
	}

	@Test
	void theRememberedOverlapIsOnlyUsedForTheSamePeriod() {
		ActiveCustomers now = of(new long[] { 1, 2, 3, 4 });
		ActiveCustomers before = of(new long[] { 2, 4, 9 });
		ActiveCustomers other = of(new long[] { 1, 2, 3 });
		assertThat(now.alsoIn(before)).isEqualTo(2);
		assertThat(now.alsoIn(before)).isEqualTo(2);
		assertThat(now.alsoIn(other)).isEqualTo(3);
		assertThat(now.alsoIn(of(new long[] { 2, 4, 9 }))).isEqualTo(2);
		assertThat(now.alsoIn(of(new long[0]))).isZero();
	}

	@Test
	void theRememberedKeptRevenueIsOnlyUsedForTheSamePreviousPeriod() {
		// now: 1 → 50, 2 → 300, 3 → 40; before: 2 → 200, 3 → 100, 9 → 70
		ActiveCustomers now = sales(new long[] { 1, 2, 3 }, new long[] { 50, 300, 40 });
		ActiveCustomers before = sales(new long[] { 2, 3, 9 }, new long[] { 200, 100, 70 });
		ActiveCustomers other = sales(new long[] { 1 }, new long[] { 80 });
		// base 200 + 100 + 70 = 370; kept 300 + 40 = 340; capped min(300, 200) + min(40,
		// 100) = 240
		assertThat(now.keptFrom(before)).isEqualTo(now.keptFrom(before));
		assertThat(now.keptFrom(before).base()).isEqualByComparingTo("370");
		assertThat(now.keptFrom(before).kept()).isEqualByComparingTo("340");
		assertThat(now.keptFrom(before).capped()).isEqualByComparingTo("240");
		// another previous period is walked again: base 80, kept 50, capped min(50, 80) =
		// 50
		assertThat(now.keptFrom(other).base()).isEqualByComparingTo("80");
		assertThat(now.keptFrom(other).kept()).isEqualByComparingTo("50");
		assertThat(now.keptFrom(before).kept()).isEqualByComparingTo("340");
	}

	/** Kept revenue reads sales by id; the map's order only matters for the top fifth. */
	private static ActiveCustomers sales(long[] ids, long[] amounts) {
		Map<Long, BigDecimal> byId = new LinkedHashMap<>();
		for (int i = 0; i < ids.length; i++) {
			byId.put(ids[i], BigDecimal.valueOf(amounts[i]));
		}
		return ActiveCustomers.of(byId);
	}

	@Test
	void theTopFifthIsRoundedUp() {
		Map<Long, BigDecimal> largestFirst = new LinkedHashMap<>();
		long[] sales = { 900, 500, 300, 200, 100, 50 };
		for (int i = 0; i < sales.length; i++) {
			largestFirst.put(10L - i, BigDecimal.valueOf(sales[i]));
		}
		// 6 customers: ⌈1.2⌉ = 2 → 900 + 500
		ActiveCustomers active = ActiveCustomers.of(largestFirst);
		assertThat(active.top20Sales()).isEqualByComparingTo("1400");
		assertThat(active.count()).isEqualTo(6);
	}

	private static ActiveCustomers of(long[] ids) {
		Map<Long, BigDecimal> sales = new LinkedHashMap<>();
		LongStream.of(ids).forEach((id) -> sales.put(id, BigDecimal.ONE));
		return ActiveCustomers.of(sales);
	}

}
