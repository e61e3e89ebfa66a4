package org.salesteam.scale.internal;

import java.util.List;
import java.util.Random;

/** Name parts and fixed lists the generator draws from. */
final class Words {

	static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹");

	static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "磊", "强", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
			"霞", "平", "刚", "建华", "晓东", "丽华", "志强", "海燕", "国庆", "春梅", "文博", "子涵", "雨萱", "浩然", "思远");

	static final List<String> CITIES = List.of("上海", "杭州", "宁波", "南京", "苏州", "无锡", "合肥", "广州", "深圳", "东莞", "佛山", "厦门",
			"福州", "北京", "天津", "济南", "青岛", "武汉", "长沙", "成都", "重庆", "西安", "郑州", "沈阳");

	static final List<String> PROVINCES = List.of("上海", "浙江", "浙江", "江苏", "江苏", "江苏", "安徽", "广东", "广东", "广东", "广东",
			"福建", "福建", "北京", "天津", "山东", "山东", "湖北", "湖南", "四川", "重庆", "陕西", "河南", "辽宁");

	static final List<String> NAME_CORES = List.of("华联", "鑫源", "恒达", "宏图", "金鼎", "瑞丰", "天成", "嘉禾", "永信", "盛世", "新锐",
			"博雅", "康泰", "福满", "汇通", "东方", "长江", "明珠", "中和", "海纳");

	static final List<String> NAME_TRADES = List.of("食品", "饮料", "日化", "医药", "电子", "酒业", "茶业", "保险", "银行", "出版", "服饰",
			"家电", "化妆品", "乳业", "物流");

	static final List<String> NAME_FORMS = List.of("有限公司", "股份有限公司", "集团有限公司", "科技有限公司");

	static final List<String> INDUSTRIES = List.of("食品饮料", "日化用品", "金融保险", "出版传媒", "医药健康");

	static final List<String> SEGMENT_CODES = List.of("PKG-FOOD", "LBL-DAILY", "COMM-FIN", "BOOK-PUB", "PHARMA");

	static final List<String> SEGMENT_NAMES = List.of("食品饮料包装", "日化标签", "金融保险商务印刷", "书刊出版", "医药包装");

	static final List<String> REGIONS = List.of("EAST", "SOUTH", "NORTH", "WEST");

	static final List<String> REGION_NAMES = List.of("华东大区", "华南大区", "华北大区", "西部大区");

	static final List<String> TITLES = List.of("采购经理", "总经理", "市场总监", "品牌经理", "生产主管", "财务经理");

	static final List<String> ROLES = List.of("DECISION_MAKER", "INFLUENCER", "USER", "GATEKEEPER");

	static final List<String> ATTITUDES = List.of("SUPPORTER", "SUPPORTER", "NEUTRAL", "NEUTRAL", "OPPONENT");

	static final List<String> SOURCES = List.of("REFERRAL", "EXHIBITION", "COLD_CALL", "WEBSITE", "TENDER", "OTHER");

	static final List<String> ENTERPRISE_TYPES = List.of("PRIVATE", "PRIVATE", "PRIVATE", "STATE_OWNED", "FOREIGN",
			"JOINT_VENTURE", "PUBLIC_INSTITUTION");

	static final List<String> VISIT_TYPES = List.of("NEW_CUSTOMER", "RELATIONSHIP", "NEEDS", "PROPOSAL",
			"DEMONSTRATION", "NEGOTIATION", "SERVICE", "COLLECTION");

	static final List<String> OBJECTIVES = List.of("了解下季度包装需求", "介绍新品烫金工艺", "送样并确认打样效果", "商谈年度框架合同", "处理上批货色差投诉",
			"催收逾期货款", "拜访采购新负责人", "演示防伪标签方案");

	static final List<String> RESULTS = List.of("客户同意试单", "需求已确认，下周报价", "样品通过，等待下单", "价格仍有分歧", "投诉已处理，客户满意", "答应月底前付款");

	static final List<String> CANCEL_REASONS = List.of("客户临时取消", "交期无法满足", "客户改单重下", "价格未谈妥");

	static final List<String> CUSTOMER_ACTIVITIES = List.of("PROSPECT_CALL", "PROSPECT_LETTER", "PROPOSAL", "QUOTE",
			"DEMONSTRATION", "SERVICE_VISIT", "COMPLAINT_RESOLVED", "RECEIVABLE_COLLECTED");

	static final List<String> REP_CATEGORIES = List.of("SELLING_FACE_TO_FACE", "SELLING_PHONE", "TRAVEL", "WAITING",
			"ADMIN", "MEETINGS", "TRAINING", "SERVICE");

	static final int[] REP_MINUTES = { 150, 60, 90, 25, 60, 30, 15, 30 };

	static final List<String> MANAGER_CATEGORIES = List.of("FAMILY_SALES", "FAMILY_PERSONNEL", "FAMILY_MARKETING",
			"FAMILY_ADMINISTRATION", "FAMILY_FINANCE");

	static final int[] MANAGER_MINUTES = { 170, 100, 85, 90, 35 };

	/**
	 * Seasonality of orders by calendar month (January first): 春节 stock-up, mid-year
	 * lull, Q4 peak.
	 */
	static final double[] SEASON = { 1.25, 0.55, 0.90, 0.95, 1.00, 0.90, 0.85, 1.05, 1.20, 1.05, 1.20, 1.40 };

	/** code, name, category, unit, list price, standard cost (in yuan). */
	static final List<String[]> PRODUCTS = List.of(new String[] { "白卡折叠彩盒", "彩盒包装", "个", "1.20", "0.78" },
			new String[] { "月饼礼盒（天地盖精装）", "彩盒包装", "个", "38.00", "26.50" },
			new String[] { "茶叶礼盒", "彩盒包装", "个", "22.00", "15.40" },
			new String[] { "化妆品彩盒（烫金+UV）", "彩盒包装", "个", "2.80", "1.65" },
			new String[] { "三层瓦楞外箱", "瓦楞纸箱", "个", "3.20", "2.60" },
			new String[] { "五层瓦楞外箱", "瓦楞纸箱", "个", "5.80", "5.35" },
			new String[] { "电商快递纸箱", "瓦楞纸箱", "个", "1.85", "1.74" },
			new String[] { "铜版纸不干胶标签", "不干胶标签", "千张", "85.00", "52.00" },
			new String[] { "透明 PET 标签", "不干胶标签", "千张", "160.00", "98.00" },
			new String[] { "防伪镭射标签", "不干胶标签", "千张", "320.00", "180.00" },
			new String[] { "日化瓶贴（BOPP）", "不干胶标签", "千张", "140.00", "96.00" },
			new String[] { "企业画册（骑马钉 24P）", "宣传册", "本", "18.00", "11.50" },
			new String[] { "产品单页（157g 铜版）", "宣传册", "张", "0.35", "0.21" },
			new String[] { "保险条款手册", "商务印刷", "本", "4.50", "2.90" },
			new String[] { "银行信封", "商务印刷", "个", "0.40", "0.26" },
			new String[] { "无碳复写联单", "商务印刷", "本", "6.00", "3.70" },
			new String[] { "精装图书（16 开）", "书刊印刷", "本", "26.00", "17.80" },
			new String[] { "平装教辅（16 开）", "书刊印刷", "本", "8.50", "6.10" },
			new String[] { "药品说明书", "医药包装", "张", "0.12", "0.07" },
			new String[] { "药品小盒（350g 白卡）", "医药包装", "个", "0.45", "0.31" });

	private Words() {
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static String personName(Random random) {
		return pick(random, SURNAMES) + pick(random, GIVEN);
	}

}
