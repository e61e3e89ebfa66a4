package org.salesteam.retention.internal;

/**
 * The handbook's points for planning an annual review meeting with a key customer (年度评估会议
 * 的计划要点), ticked when the meeting is recorded.
 */
public enum AccountReviewPoint {

	/** 安排一顿饭. */
	MEAL,
	/** 找一间好的会议室. */
	GOOD_ROOM,
	/** 请到有影响力的人. */
	INFLUENTIAL_PEOPLE,
	/** 有两位采购时两位都请到. */
	BOTH_BUYERS,
	/** 准备好去年的数据. */
	LAST_YEAR_FIGURES,
	/** 会议超过一小时. */
	OVER_AN_HOUR,
	/** 提开放式问题. */
	OPEN_QUESTIONS,
	/** 介绍一种新产品或新方案. */
	NEW_OFFER,
	/** 请客户推荐. */
	ASK_REFERRALS

}
