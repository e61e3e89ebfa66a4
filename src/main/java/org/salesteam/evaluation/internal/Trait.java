package org.salesteam.evaluation.internal;

/**
 * What an interview scores (招聘, the handbook's chapter 2): the nine traits of the best
 * salespeople ({@link Group#BEST}) and the five the super salespeople have as well
 * ({@link Group#SUPER}). The three basic qualities are written in words, not scored. The
 * names are stored: never rename one.
 */
public enum Trait {

	/** 勇于承担风险且具有创新精神. */
	RISK_AND_INNOVATION(Group.BEST),
	/** 有很强的使命感. */
	SENSE_OF_MISSION(Group.BEST),
	/** 对解决问题的兴趣大于销售的兴趣. */
	SOLVES_PROBLEMS(Group.BEST),
	/** 将顾客视为合作伙伴. */
	CUSTOMER_AS_PARTNER(Group.BEST),
	/** 将遭受拒绝视为有价值的信息. */
	REJECTION_AS_INFORMATION(Group.BEST),
	/** 在会见客户之前总是在心中排练一遍. */
	REHEARSES(Group.BEST),
	/** 全面地研究客户/调查客户. */
	RESEARCHES_CUSTOMERS(Group.BEST),
	/** 态度和蔼、与下属讨论商量. */
	FRIENDLY_CONSULTS(Group.BEST),
	/** 让新客户感到好奇. */
	MAKES_CUSTOMERS_CURIOUS(Group.BEST),
	/** 销售场合中的感召力. */
	PRESENCE(Group.SUPER),
	/** 很强的幽默感. */
	HUMOUR(Group.SUPER),
	/** 优秀的计划和准备能力. */
	PLANNING(Group.SUPER),
	/** 精力旺盛. */
	ENERGY(Group.SUPER),
	/** 遭到拒绝时能保持坚韧和冷静. */
	CALM_UNDER_REJECTION(Group.SUPER);

	/** The handbook's two lists. */
	public enum Group {

		BEST, SUPER

	}

	private final Group group;

	Trait(Group group) {
		this.group = group;
	}

	public Group group() {
		return this.group;
	}

}
