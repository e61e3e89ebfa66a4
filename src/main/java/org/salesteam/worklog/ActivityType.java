package org.salesteam.worklog;

/**
 * The kinds of other (non-selling) activity the handbook measures (非销售衡量工具), plus the
 * proposal, quote and demonstration inputs of the activity standards.
 */
public enum ActivityType {

	/** 对预期客户进行的电话访问. */
	PROSPECT_CALL,
	/** 给预期客户所写的信件、电子邮件. */
	PROSPECT_LETTER,
	/** 客户建议书、技术方案. */
	PROPOSAL,
	/** 报价、投标. */
	QUOTE,
	/** 展示、示范、测试. */
	DEMONSTRATION,
	/** 服务访问. */
	SERVICE_VISIT,
	/** 解决的顾客申诉. */
	COMPLAINT_RESOLVED,
	/** 收回的逾期未付帐款 — the only kind with an amount. */
	RECEIVABLE_COLLECTED,
	/** 广告、促销的策划. */
	ADVERTISING,
	/** 自我提高和培训. */
	TRAINING;

	public String messageKey() {
		return "worklog.activity.type." + name();
	}

	/** Whether an amount (CNY) is recorded and required. */
	public boolean hasAmount() {
		return this == RECEIVABLE_COLLECTED;
	}

}
