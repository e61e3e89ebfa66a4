package org.salesteam.performance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.KpiValue;
import org.salesteam.platform.NotFoundException;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A comparison table computes all its scopes together (one resolution, one read of the
 * rollup generations); every value must be the one computed for that scope alone.
 */
@IntegrationTest
class ComparisonTests {

	private static final KpiViewer SYSTEM = KpiViewer.system("test");

	@Autowired
	KpiEngine engine;

	@Autowired
	ScopeChoices choices;

	@Test
	void everyScopeOfTheTableHasTheValuesItHasAlone() {
		List<KpiScope> scopes = new ArrayList<>();
		this.choices.teams().forEach((c) -> scopes.add(c.scope()));
		this.choices.territories().forEach((c) -> scopes.add(c.scope()));
		this.choices.repsOf(this.choices.teams().get(0).scope().teamId()).forEach((c) -> scopes.add(c.scope()));
		scopes.add(KpiScope.company());
		KpiPeriod year = new KpiPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		List<List<KpiValue>> together = this.engine.computeEach(this.engine.checkAll(SYSTEM, scopes), year,
				Scorecards.COMPARED);
		assertThat(together).hasSize(scopes.size());
		assertThat(scopes).hasSizeGreaterThan(8);
		for (int i = 0; i < scopes.size(); i++) {
			assertThat(together.get(i)).as(scopes.get(i).format())
				.isEqualTo(this.engine.compute(SYSTEM, scopes.get(i), year, Scorecards.COMPARED));
		}
		assertThat(together.get(scopes.size() - 1).get(0).value()).as("company sales").isPositive();
	}

	@Test
	void anUnknownTeamOrTerritoryIsNotFound() {
		KpiPeriod year = new KpiPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThatThrownBy(() -> this.engine.computeEach(
				this.engine.checkAll(SYSTEM, List.of(KpiScope.company(), KpiScope.team(-5))), year,
				Scorecards.COMPARED))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.engine.computeEach(this.engine.checkAll(SYSTEM, List.of(KpiScope.territory("NO-SUCH"))),
						year, Scorecards.COMPARED))
			.isInstanceOf(NotFoundException.class);
	}

}
