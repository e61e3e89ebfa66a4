package org.salesteam.visit.internal;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.salesteam.visit.VisitType;

/**
 * What the demo reps of a printing company write in their visit plans and reports: an
 * objective, a result and a next action per type of visit, in the words a Chinese sales
 * rep would use.
 */
final class DemoVisitWords {

	/** One visit's words: objective, result, next action. */
	record Words(String objective, String result, String nextAction) {
	}

	private static final Map<VisitType, List<Words>> WORDS = Map
		.of(VisitType.NEW_CUSTOMER,
				List.of(new Words("初次拜访，了解对方包装和画册的采购方式", "见到行政采购主管，目前由两家本地印厂供货，愿意比价", "寄送公司样册和报价单"),
						new Words("陌生拜访，递送样册，找到负责印刷采购的人", "前台留下样册，约到下周与采购经理面谈", "电话确认面谈时间"),
						new Words("展会后跟进，介绍我司彩盒和礼盒工艺", "对方对烫金和UV工艺感兴趣，要求看实物样品", "准备三款礼盒样品再次拜访")),
				VisitType.RELATIONSHIP,
				List.of(new Words("例行拜访，了解近期订单执行情况", "客户对交期满意，提到下季度产品包装要改版", "跟进改版的时间表和设计稿"),
						new Words("节前拜访采购经理，维护关系", "客户确认年货礼盒继续由我司承印，数量比去年略增", "月底前报年货礼盒价格"),
						new Words("拜访新任采购负责人，建立联系", "新负责人重视成本，希望年度议价", "整理全年采购量和阶梯价方案")),
				VisitType.NEEDS,
				List.of(new Words("了解明年产品包装的预算和决策流程", "预算约 40 万，采购经理和总经理共同决定", "带样品做工艺演示"),
						new Words("了解说明书和标签的用量与质量要求", "月用量约 20 万张，对色差要求严格", "安排技术人员现场看样"),
						new Words("了解电商包装的新需求", "客户电商渠道增长快，需要更轻、更耐压的快递盒", "提交瓦楞结构设计建议")),
				VisitType.PROPOSAL,
				List.of(new Words("介绍礼盒整体包装方案和报价", "客户认可方案，但认为单价比竞争对手高 5%", "调整材料方案后重新报价"),
						new Words("提交年度画册印刷方案", "市场部基本同意，需要总经理签字", "一周后电话确认审批结果"),
						new Words("介绍环保纸张替代方案", "客户对降本 8% 很感兴趣，要求做小批量试印", "安排 2000 份试印")),
				VisitType.DEMONSTRATION,
				List.of(new Words("带样品演示烫金和局部UV效果", "客户当场确认两款效果，要求打样", "十天内送打样件"),
						new Words("演示可变数据印刷和防伪标签", "质量部很认可，提出追溯码要求", "提交防伪方案和报价"),
						new Words("邀请客户参观工厂和印刷车间", "客户对设备和品控印象很好", "准备合同草稿")),
				VisitType.NEGOTIATION,
				List.of(new Words("就年度框架合同价格进行谈判", "双方在账期上有分歧，客户要求 90 天", "向销售经理申请账期审批"),
						new Words("谈判新品包装订单的单价和交期", "以降价 3% 换取订单量增加 30% 达成一致", "准备正式合同"),
						new Words("商谈大批量订单的分批交货", "同意分三批交货，首批下月中旬", "安排生产排期")),
				VisitType.SERVICE,
				List.of(new Words("处理上批彩盒色差投诉", "确认是批次纸张问题，客户接受补印方案", "三天内完成补印并送货"),
						new Words("回访上月交货质量", "客户反馈良好，提出包装箱标识要改", "通知生产部更新标识"),
						new Words("现场解决说明书折页错误", "当场确认返工数量，客户情绪缓和", "返工后由我亲自送货")),
				VisitType.COLLECTION,
				List.of(new Words("催收逾期货款", "财务答应本月 25 日前付清一半", "25 日电话跟进到账情况"),
						new Words("对账并催收上季度货款", "对账无误，客户排入下周付款计划", "下周确认付款"),
						new Words("上门催收长期欠款", "客户资金紧张，同意签还款计划", "报经理并暂停新订单赊销")));

	private static final List<String> CANCEL_REASONS = List.of("客户临时出差，改期", "对方开会，改到下周", "天气原因取消");

	private DemoVisitWords() {
	}

	static Words pick(VisitType type, Random random) {
		List<Words> options = WORDS.get(type);
		return options.get(random.nextInt(options.size()));
	}

	static String cancelReason(Random random) {
		return CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size()));
	}

}
