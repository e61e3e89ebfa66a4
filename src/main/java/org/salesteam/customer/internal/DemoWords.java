package org.salesteam.customer.internal;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Word lists of the demo data: the cities of each demo territory and, per market segment,
 * how the printing company's customers are named and what they buy.
 */
final class DemoWords {

	/** A market segment as the demo fills it: its industry and name endings. */
	record SegmentWords(String code, String industry, List<String> endings) {
	}

	static final Map<String, List<String>> CITIES = Map.of("SH", List.of("上海"), "JS",
			List.of("南京", "苏州", "无锡", "常州", "南通", "扬州"), "ZJ", List.of("杭州", "宁波", "温州", "嘉兴", "绍兴", "台州"), "AH",
			List.of("合肥", "芜湖", "蚌埠", "马鞍山", "安庆"), "GD", List.of("广州", "深圳", "东莞", "佛山", "中山", "汕头"), "FJ",
			List.of("福州", "厦门", "泉州", "漳州", "莆田"));

	static final Map<String, String> PROVINCES = Map.of("SH", "上海市", "JS", "江苏省", "ZJ", "浙江省", "AH", "安徽省", "GD", "广东省",
			"FJ", "福建省");

	static final List<String> DISTRICTS = List.of("高新区", "经济开发区", "工业园区", "滨江路", "人民路", "建设大道", "科技园", "临港新区");

	static final List<String> BRANDS = List.of("味美", "绿源", "康达", "华联", "金穗", "新禾", "永泰", "鑫源", "恒信", "天一", "嘉禾", "百盛",
			"瑞丰", "宏图", "海纳", "汇通", "长青", "东方", "鼎盛", "兴业", "福临", "美佳", "雅洁", "清风", "丽人", "润泽", "优品", "佳乐", "盛世", "同心",
			"博雅", "文澜", "书香", "明德", "锦程", "正和", "安康", "仁和", "济世", "百草", "立信", "银丰", "合众", "平安", "远景", "星辰", "晨光", "蓝海",
			"富春", "太湖", "钱江", "紫金", "徽韵", "闽江", "南粤", "珠江", "鹭岛", "海峡", "江南", "滨海");

	static final List<SegmentWords> SEGMENTS = List.of(
			new SegmentWords("PKG-FOOD", "食品饮料",
					List.of("食品有限公司", "饮料有限公司", "乳业有限公司", "食品科技有限公司", "茶业有限公司", "酒业股份有限公司", "糖果有限公司")),
			new SegmentWords("PHARMA", "医药健康", List.of("药业有限公司", "制药股份有限公司", "生物医药有限公司", "医药科技有限公司", "保健品有限公司")),
			new SegmentWords("LBL-DAILY", "日化用品", List.of("日化有限公司", "化妆品有限公司", "洗涤用品有限公司", "个人护理用品有限公司", "日用品股份有限公司")),
			new SegmentWords("COMM-FIN", "金融保险",
					List.of("农村商业银行股份有限公司", "人寿保险代理有限公司", "证券营业部", "财产保险公司分公司", "融资租赁有限公司", "资产管理有限公司")),
			new SegmentWords("BOOK-PUB", "出版传媒", List.of("出版社", "文化传媒有限公司", "教育图书有限公司", "少儿出版社", "期刊社")));

	static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "邓", "冯", "韩", "曹");

	static final List<String> GIVEN_NAMES = List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
			"明", "超", "秀英", "建华", "志明", "海燕", "晓东", "丽华", "国强", "春梅", "文博", "子涵", "思远", "雪梅", "永红", "立新", "玉兰");

	static final Map<String, List<String>> TITLES = Map.of("DECISION_MAKER", List.of("总经理", "副总经理", "采购总监", "运营副总裁"),
			"INFLUENCER", List.of("市场部经理", "品牌总监", "产品经理", "行政部经理"), "USER", List.of("生产主管", "包装工程师", "仓储主管", "营销专员"),
			"GATEKEEPER", List.of("采购专员", "总经理助理", "采购主管"), "TECHNICAL_EVALUATOR", List.of("质量经理", "技术部经理", "品控主管"));

	static final Map<String, String> DEPARTMENTS = Map.of("DECISION_MAKER", "总经办", "INFLUENCER", "市场部", "USER", "生产部",
			"GATEKEEPER", "采购部", "TECHNICAL_EVALUATOR", "质量部");

	static final List<String> LOST_REASONS = List.of("价格高于竞争对手，被当地印刷厂抢走", "交期两次延误，客户转向其他供应商", "客户被集团收购，改为总部统一采购",
			"印刷色差投诉未及时处理", "客户业务收缩，不再需要外包印刷");

	static final List<String> OVERRIDE_REASONS = List.of("集团战略客户，按 A 类服务", "新品上市，预计采购量大幅增长", "已被竞争对手锁定长期合同，降级跟进");

	private DemoWords() {
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
