package org.salesteam.performance.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Other modules' KPI values are kept for the short time of the customer figures, per
 * contributor and codes, scope kind and fingerprint, and period; a zero time (the tests'
 * setting) keeps nothing.
 */
class ContributedValuesTests {

	private static final KpiPeriod MAY = new KpiPeriod(LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 31));

	private static final KpiPeriod JUNE = new KpiPeriod(LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 30));

	private static RollupFigures figures(Duration shortTime) {
		RollupVersion version = mock(RollupVersion.class);
		given(version.generations()).willReturn(new RollupVersion.Generations(3, 4));
		ScopeResolver scopes = mock(ScopeResolver.class);
		given(scopes.fingerprints(anyList())).willAnswer((call) -> ((List<?>) call.getArgument(0)).stream()
			.map((filter) -> ((ScopeFilter) filter).scope().toString())
			.toList());
		return new RollupFigures(null, null, null, version, scopes, 1000, Duration.ofMinutes(15), shortTime);
	}

	private static ScopeFilter company() {
		return new ScopeFilter(KpiScope.company(), null, List.of());
	}

	@Test
	void keptForTheShortTimePerFigureScopeAndPeriod() {
		RollupFigures figures = figures(Duration.ofSeconds(10));
		AtomicInteger reads = new AtomicInteger();
		assertThat(figures.of(company()).contributed("coaching", MAY, reads::incrementAndGet)).isEqualTo(1);
		assertThat(figures.of(company()).contributed("coaching", MAY, reads::incrementAndGet)).as("kept").isEqualTo(1);
		assertThat(figures.of(company()).contributed("coaching", JUNE, reads::incrementAndGet)).isEqualTo(2);
		assertThat(figures.of(company()).contributed("other", MAY, reads::incrementAndGet)).isEqualTo(3);
		assertThat(figures.of(new ScopeFilter(KpiScope.rep("rep1"), 11L, List.of()))
			.contributed("coaching", MAY, reads::incrementAndGet)).isEqualTo(4);
	}

	@Test
	void aZeroTimeKeepsNothing() {
		RollupFigures figures = figures(Duration.ZERO);
		AtomicInteger reads = new AtomicInteger();
		figures.of(company()).contributed("coaching", MAY, reads::incrementAndGet);
		figures.of(company()).contributed("coaching", MAY, reads::incrementAndGet);
		assertThat(reads).hasValue(2);
	}

}
