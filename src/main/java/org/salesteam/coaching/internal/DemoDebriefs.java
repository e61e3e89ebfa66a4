package org.salesteam.coaching.internal;

import java.util.List;

/**
 * The words of the demo's coaching sessions: what managers of a printing company and
 * their reps write in the five steps, one scenario per session. The last one is for rep3
 * (刘洋, "Joe Martin"), who visits only his biggest customers and never prospects.
 */
final class DemoDebriefs {

	/** One session's texts, step by step. */
	record Scenario(String objective, String actionPlan, String rationale, String observations, String whyQuestions,
			String feelings, String whatHappened, String buyerWhy, String wentBest, String toImprove,
			String coachObservations, String problems, String repSolutions, String suggestions, String practice,
			String nextObjective, String nextPlan) {

		StepFields fields(boolean coachSold) {
			return new StepFields(this.objective, this.actionPlan, this.rationale, this.observations, this.whyQuestions,
					coachSold, this.feelings, this.whatHappened, this.buyerWhy, this.wentBest, this.toImprove,
					this.coachObservations, this.problems, this.repSolutions, this.suggestions, this.practice,
					this.nextObjective, this.nextPlan, false);
		}

	}

	static final List<Scenario> SCENARIOS = List.of(
			new Scenario("确认客户下季度画册的印量和交期，拿到打样确认", "先回顾上次样品的反馈，再拿出两种纸张的对比样，最后约定打样时间", "客户市场部上次对色彩还原有顾虑，先解决顾虑再谈交期",
					"开场寒暄略长；拿出对比样后客户明显有兴趣；价格问题出现时代表马上提出让利", "问：客户为什么关心交期多于价格？", "感觉还行，但客户一问价格我就紧张了",
					"目标是拿到打样确认；计划是先谈样品再谈交期；实际上价格问题提前出现，打样时间没定下来", "客户说“预算已经定了”，可能是因为采购部门这次参与了决策",
					"对比样展示得清楚，客户自己动手比较了纸张", "价格问题出现时不该马上让步，应先问清预算的构成", "你展示样品很有说服力；让步太快，客户还没要求你就降价了",
					"打样时间没约定；不清楚采购部门的角色", "下次先约采购经理一起看样，价格放到最后谈", null, "和同事演练两次“预算已经定了”的应对", "约采购经理和市场部一起确认打样",
					"带上两种方案的报价单，先讲质量差异再讲价格"),
			new Scenario("了解新包装项目的需求，确定决策人", "准备五个开放式问题，了解现有供应商的不足", "客户正在换包装设计，是切入的好时机",
					"代表提问很多，但客户回答时没有追问；客户提到现有供应商交货慢", "问：客户为什么换设计？", "有点泄气，感觉客户在敷衍",
					"目标是弄清需求和决策人；计划是用开放式问题；实际只弄清了一半需求，决策人没问到", "客户提到换设计是因为品牌升级，说明时间节点由总部定", "开场自然，客户愿意谈现有供应商的问题",
					"听到关键点后要追问，不要急着问下一个问题", null, "决策人是谁不清楚；品牌升级的时间表不清楚", null, "下次直接问“这个项目最后由谁拍板”，并请对方介绍总部的联系人",
					"练习追问：每个关键回答至少再问一个“为什么”", "见到总部品牌负责人，确认上市时间", "带上我们做过的品牌升级包装案例"),
			new Scenario("处理标签粘性投诉后的回访，恢复客户信心", "先听客户说完，再讲原因和改进措施，最后请客户试用新批次", "投诉刚解决，客户还有情绪，先倾听",
					"代表耐心倾听，没有辩解；讲改进措施时用了太多技术词", "问：客户最担心的是什么？", "开始很紧张，后来客户态度缓和了，感觉不错",
					"目标是恢复信心；计划是先听后讲；客户同意试用新批次，达到了目标", "客户担心再出问题会影响他们在超市的上架，所以反复问检验流程", "倾听做得好，客户说完了才回应",
					"讲技术原因时要用客户听得懂的话", "可以带上检验记录给客户看", "客户对检验流程不放心", "把来料检验和出厂抽检的记录整理成一页纸给客户", null,
					"用三句话讲清楚原因和措施，练到不看稿", "新批次交货后一周回访，确认使用效果", "带上检验记录和试用反馈表"),
			new Scenario("向老客户介绍环保覆膜新工艺，争取试单", "用样品现场对比，说明成本和环保认证", "客户出口欧洲，有环保要求", "代表介绍新品流畅，客户问认证细节时答不上来",
					"问：客户为什么现在关心认证？", "挺好的，客户对新工艺有兴趣", "目标是争取试单；计划是样品对比加认证说明；客户要先看认证文件再决定",
					"客户说欧洲客户明年要审核供应链，所以认证比价格更重要", "样品准备充分，对比直观", "产品认证的细节要提前准备", null, "认证文件没带；不清楚客户审核的时间",
					"回去请技术部整理认证文件，三天内发给客户", null, "熟悉新工艺的三项认证，能讲清每项的意义", "送认证文件并确定试单数量", "请技术部同事一起去，现场回答工艺问题"),
			new Scenario("催收逾期货款的同时了解客户明年的印刷计划", "先谈明年计划建立气氛，再提出付款安排", "客户资金紧张但业务在增长", "代表一开始就谈货款，气氛有些僵；后来谈到新品时客户放松了",
					"问：客户为什么拖款？", "不太舒服，一提钱客户就不高兴", "目标是定付款日期并了解明年计划；计划是先谈计划再谈钱；实际顺序反了", "客户财务月底才结算，拖款可能是流程问题而不是不想付",
					"最后拿到了明年新品的时间表", "按计划的顺序来，不要一见面就谈钱", "你后半段表现很好，客户愿意和你谈业务", "付款日期没定", "下次先联系客户财务，了解结算流程", null,
					"演练一次付款谈话的开场白", "和客户财务确认付款日期", "带上对账单，月底前去客户财务部"));

	/**
	 * rep3's first session: he sells only to his biggest customers and never prospects.
	 */
	static final Scenario PROSPECTING = new Scenario("拜访 A 类老客户时请客户推荐两家同行业的潜在客户", "先确认本季度订单，再请采购经理介绍行业协会里的朋友；不谈降价",
			"现有大客户的量已经到顶，区域里潜力大的预期客户一直没有开发", "订单谈得很顺；提到推荐时代表只是随口一说，客户没接话；又主动给了 3 % 的折扣", "问：客户为什么没有接推荐的话题？",
			"说实话觉得开发新客户浪费时间，小客户量太小", "目标是拿到两个推荐；计划是先谈订单再请推荐；订单拿到了，推荐没有拿到", "客户可能担心推荐后我们顾不上他，所以要先让他放心服务不会变",
			"对老客户关系维护得很好，订单十分钟就确认了", "请推荐要正式提出，并说明对客户的好处", "你没有被要求就给了折扣，利润又低了一截", "没有新客户来源；折扣给得太随意",
			"列出区域里按潜力排前 20 % 的预期客户，每周至少拜访一家", null, "每周至少一次预期客户访问，访问前写好三个需求问题", "拿到一家预期客户的联系人并约见",
			"准备一份小批量快速交货的方案，突出交期和服务");

	private DemoDebriefs() {
	}

}
