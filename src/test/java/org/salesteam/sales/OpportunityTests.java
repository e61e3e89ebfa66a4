package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stage moves of an opportunity and their history. */
class OpportunityTests {

	private static final LocalDate DAY = LocalDate.of(2025, 5, 6);

	@Test
	void openStagesMoveForwardAndBackAndEveryMoveIsKept() {
		Opportunity deal = deal();
		deal.moveTo(OpportunityStage.PROPOSAL, null, null, false, DAY, Instant.ofEpochSecond(10), 3L);
		deal.moveTo(OpportunityStage.QUOTE, null, null, false, DAY, Instant.ofEpochSecond(20), 3L);
		deal.moveTo(OpportunityStage.PROPOSAL, null, null, false, DAY, Instant.ofEpochSecond(30), 3L);
		assertThat(deal.getStage()).isEqualTo(OpportunityStage.PROPOSAL);
		assertThat(deal.getHistory()).extracting(StageChange::getToStage)
			.containsExactly(OpportunityStage.NEEDS, OpportunityStage.PROPOSAL, OpportunityStage.QUOTE,
					OpportunityStage.PROPOSAL);
		assertThat(deal.getHistory().get(3).getFromStage()).isEqualTo(OpportunityStage.QUOTE);
		assertThat(deal.getHistory().get(3).getChangedAt()).isEqualTo(Instant.ofEpochSecond(30));
	}

	@Test
	void losingNeedsAReasonAndRecordsTheWinner() {
		Opportunity deal = deal();
		assertThatThrownBy(() -> deal.moveTo(OpportunityStage.LOST, " ", "裕同科技", false, DAY, Instant.EPOCH, 3L))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(deal.getStage()).isEqualTo(OpportunityStage.NEEDS);
		deal.moveTo(OpportunityStage.LOST, "报价高", "裕同科技", false, DAY, Instant.EPOCH, 3L);
		assertThat(deal.getLostReason()).isEqualTo("报价高");
		assertThat(deal.getWinningCompetitor()).isEqualTo("裕同科技");
		assertThat(deal.getCompetitors()).contains("裕同科技", "合兴包装");
		assertThat(deal.getClosedOn()).isEqualTo(DAY);
		assertThat(deal.getExpectedCloseDate()).isEqualTo(DAY);
	}

	@Test
	void winningClosesTheDealTodayWhateverWasExpected() {
		Opportunity deal = deal();
		deal.describe(new OpportunityData("贺卡", BigDecimal.ONE, DAY.plusMonths(6), List.of(), Set.of(), null));
		deal.moveTo(OpportunityStage.WON, null, null, false, DAY, Instant.EPOCH, 3L);
		assertThat(deal.getClosedOn()).isEqualTo(DAY);
		assertThat(deal.getExpectedCloseDate()).isEqualTo(DAY);
	}

	@Test
	void aClosedDealIsReopenedOnlyByAManager() {
		Opportunity deal = deal();
		deal.moveTo(OpportunityStage.WON, null, null, false, DAY, Instant.EPOCH, 3L);
		assertThatThrownBy(() -> deal.moveTo(OpportunityStage.DEMO, null, null, false, DAY, Instant.EPOCH, 3L))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.opportunity.error.closed");
		deal.moveTo(OpportunityStage.DEMO, null, null, true, DAY, Instant.EPOCH, 8L);
		assertThat(deal.getStage()).isEqualTo(OpportunityStage.DEMO);
		assertThat(deal.getClosedOn()).isNull();
	}

	@Test
	void stayingInTheSameStageIsNoMove() {
		assertThatThrownBy(() -> StageRules.check(OpportunityStage.QUOTE, OpportunityStage.QUOTE, true))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> StageRules.check(OpportunityStage.LOST, OpportunityStage.WON, false))
			.isInstanceOf(BusinessRuleException.class);
		StageRules.check(OpportunityStage.NEEDS, OpportunityStage.WON, false);
		StageRules.check(OpportunityStage.LOST, OpportunityStage.NEEDS, true);
	}

	@Test
	void theLinesMakeTheAmountAndTheAmountEnteredCountsOnlyWithoutLines() {
		Opportunity deal = new Opportunity(9L, 3L, new OpportunityData("贺卡", BigDecimal.ZERO, DAY,
				List.of(new OpportunityData.Line(5L, new BigDecimal("100"), new BigDecimal("150000")),
						new OpportunityData.Line(6L, new BigDecimal("10"), new BigDecimal("30000"))),
				Set.of(), null), Instant.EPOCH, 3L);
		assertThat(deal.getAmount()).isEqualByComparingTo("180000");
		deal.describe(new OpportunityData("贺卡", new BigDecimal("42000"), DAY, List.of(), Set.of(), null));
		assertThat(deal.getAmount()).isEqualByComparingTo("42000");
	}

	private static Opportunity deal() {
		return new Opportunity(9L, 3L,
				new OpportunityData("2025年中秋月饼礼盒项目", new BigDecimal("380000"), DAY,
						List.of(new OpportunityData.Line(5L, new BigDecimal("10000"), new BigDecimal("380000"))),
						Set.of("合兴包装"), null),
				Instant.EPOCH, 3L);
	}

}
