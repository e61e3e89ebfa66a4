package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.keyaccount.internal.RelationshipStatus.Contact;
import org.salesteam.keyaccount.internal.RelationshipStatus.Flag;

import static org.assertj.core.api.Assertions.assertThat;

/** The relationship map's flags and status and a plan objective's attainment, by hand. */
class RelationshipStatusTests {

	@Test
	void aMapWithAnEconomicBuyerAndTwoThreadsIsGreen() {
		List<Flag> flags = RelationshipStatus.flags(List.of(new Contact("DECISION_MAKER", "SUPPORTER", 5, true),
				new Contact("USER", "NEUTRAL", 3, true), new Contact("INFLUENCER", "OPPONENT", 3, false)));
		assertThat(flags).isEmpty();
		assertThat(RelationshipStatus.of(flags)).isEqualTo(RelationshipStatus.GREEN);
	}

	@Test
	void aSingleThreadIsAmberAndAMissingEconomicBuyerRed() {
		List<Flag> single = RelationshipStatus.flags(
				List.of(new Contact("DECISION_MAKER", "SUPPORTER", 5, true), new Contact("USER", "NEUTRAL", 3, false)));
		assertThat(single).containsExactly(Flag.SINGLE_THREAD);
		assertThat(RelationshipStatus.of(single)).isEqualTo(RelationshipStatus.AMBER);
		List<Flag> noBuyer = RelationshipStatus
			.flags(List.of(new Contact("USER", "SUPPORTER", 5, true), new Contact("COACH", "SUPPORTER", 2, true)));
		assertThat(noBuyer).containsExactly(Flag.NO_ECONOMIC_BUYER);
		assertThat(RelationshipStatus.of(noBuyer)).isEqualTo(RelationshipStatus.RED);
	}

	@Test
	void anInfluentialOpponentNotMetIsRedOnceMetNot() {
		Contact buyer = new Contact("DECISION_MAKER", "SUPPORTER", 5, true);
		assertThat(RelationshipStatus.flags(List.of(buyer, new Contact("USER", "OPPONENT", 4, false))))
			.contains(Flag.OPPONENT_UNADDRESSED);
		assertThat(RelationshipStatus.flags(List.of(buyer, new Contact("USER", "OPPONENT", 4, true)))).isEmpty();
		// influence 3 is not a key player
		assertThat(RelationshipStatus.flags(List.of(buyer, new Contact("USER", "OPPONENT", 3, true)))).isEmpty();
	}

	@Test
	void attainmentIsActualOverTargetInPercentHalfUp() {
		// 2 ÷ 3 = 66.666… % → 66.7; 20 000 ÷ 80 000 = 25.0 %
		assertThat(PlanReading.attainment(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("66.7");
		assertThat(PlanReading.attainment(new BigDecimal("20000"), new BigDecimal("80000")))
			.isEqualByComparingTo("25.0");
		assertThat(PlanReading.attainment(null, BigDecimal.TEN)).isNull();
	}

}
