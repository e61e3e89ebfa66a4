package org.salesteam.keyaccount;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell's state: sales before pipeline before gap. */
class WhitespaceStateTests {

	@Test
	void salesMakeACellOwnedWhateverThePipeline() {
		assertThat(WhitespaceState.of(new BigDecimal("0.01"), true)).isEqualTo(WhitespaceState.OWNED);
		assertThat(WhitespaceState.of(new BigDecimal("0.01"), false)).isEqualTo(WhitespaceState.OWNED);
	}

	@Test
	void withoutSalesAnOpenOpportunityIsPipelineAndNothingIsAGap() {
		assertThat(WhitespaceState.of(BigDecimal.ZERO, true)).isEqualTo(WhitespaceState.PIPELINE);
		assertThat(WhitespaceState.of(BigDecimal.ZERO, false)).isEqualTo(WhitespaceState.GAP);
		assertThat(WhitespaceState.of(null, false)).isEqualTo(WhitespaceState.GAP);
		// a net credit (returns) is no ownership
		assertThat(WhitespaceState.of(new BigDecimal("-5"), false)).isEqualTo(WhitespaceState.GAP);
	}

}
