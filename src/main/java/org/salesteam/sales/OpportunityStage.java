package org.salesteam.sales;

/**
 * The handbook's selling stages: 需求发掘 → 建议书/技术方案 → 报价/投标 → 展示/演示/测试 → 合同签订, or lost.
 */
public enum OpportunityStage {

	NEEDS, PROPOSAL, QUOTE, DEMO, WON, LOST;

	public boolean isClosed() {
		return this == WON || this == LOST;
	}

	public String messageKey() {
		return "sales.stage." + name();
	}

	/** The open stages in their order, for boards and funnels. */
	public static OpportunityStage[] open() {
		return new OpportunityStage[] { NEEDS, PROPOSAL, QUOTE, DEMO };
	}

}
