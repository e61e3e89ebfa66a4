package org.salesteam.sales.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's sales vocabulary: what each market segment buys, which products are sold on
 * thin margins, competitors, reasons, and the Spring Festival dates that drive the
 * season.
 */
final class DemoSalesWords {

	/** Product codes each segment buys, most typical first. */
	static final Map<String, List<String>> SEGMENT_PRODUCTS = Map.of("PKG-FOOD",
			List.of("CH-002", "WL-001", "CH-003", "BQ-001", "WL-005", "CH-006", "BQ-002", "WL-002", "WL-004", "SW-004"),
			"PHARMA", List.of("CH-004", "BQ-006", "CH-008", "WL-001", "XC-003", "WL-002", "BQ-003"), "LBL-DAILY",
			List.of("BQ-004", "BQ-002", "CH-005", "WL-001", "BQ-005", "WL-004", "XC-004"), "COMM-FIN",
			List.of("SW-001", "SW-002", "XC-001", "SW-005", "SW-006", "XC-005", "SW-008", "SW-003", "SW-007"),
			"BOOK-PUB", List.of("SK-001", "SK-004", "SK-002", "SK-003", "SK-005", "XC-002", "XC-006"));

	/**
	 * Seasonal products of food packaging: mooncake boxes in Aug–Sep, zongzi boxes in
	 * May.
	 */
	static final String MOONCAKE = "CH-001";

	static final String ZONGZI = "CH-007";

	/** Products sold on thin margins: what "Joe Martin" pushes. */
	static final List<String> LOW_MARGIN = List.of("WL-002", "WL-004", "BQ-005", "SK-001", "SK-005", "WL-006");

	static final List<String> COMPETITORS = List.of("裕同科技", "合兴包装", "劲嘉股份", "当地小印刷厂", "美盈森", "紫江企业", "雅昌文化", "中荣印刷");

	static final List<String> CANCEL_REASONS = List.of("客户取消新品上市计划", "设计稿未定稿，客户撤单", "价格未谈拢，客户改单到其他供应商", "重复下单",
			"交期无法满足客户要求");

	static final List<String> LOST_REASONS = List.of("报价高于竞争对手约 8%", "客户集团统一招标，未入围", "打样色差未通过客户测试", "交期要求过紧，无法承接",
			"客户决策人更换，转向原有供应商");

	/** What an opportunity is named after, per segment. */
	static final Map<String, List<String>> DEAL_NAMES = Map.of("PKG-FOOD",
			List.of("中秋月饼礼盒项目", "春节礼盒包装改版", "新品饮料外箱招标", "年度彩盒框架合同", "电商包装升级"), "PHARMA",
			List.of("药盒 GMP 包装换版", "说明书标签年度采购", "保健品礼盒新品"), "LBL-DAILY", List.of("洗护系列瓶贴改版", "防伪标签升级项目", "年度标签框架协议"),
			"COMM-FIN", List.of("年报印刷招标", "网点宣传物料年度合同", "客户答谢台历项目"), "BOOK-PUB",
			List.of("秋季教辅印制招标", "少儿绘本系列印制", "期刊年度印刷合同"));

	/** 春节 of each year the demo can reach. */
	static final List<LocalDate> SPRING_FESTIVALS = List.of(LocalDate.of(2022, 2, 1), LocalDate.of(2023, 1, 22),
			LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17), LocalDate.of(2027, 2, 6),
			LocalDate.of(2028, 1, 26), LocalDate.of(2029, 2, 13), LocalDate.of(2030, 2, 3));

	private DemoSalesWords() {
	}

	/**
	 * How much busier than usual a day is: the six weeks before 春节 and the fourth quarter
	 * are peaks, the week after 春节 is quiet, food packaging peaks again before 中秋.
	 */
	static double season(LocalDate day, String segment) {
		for (LocalDate festival : SPRING_FESTIVALS) {
			long before = java.time.temporal.ChronoUnit.DAYS.between(day, festival);
			if (before >= 0 && before <= 42) {
				return 1.9;
			}
			if (before < 0 && before >= -10) {
				return 0.3;
			}
		}
		int month = day.getMonthValue();
		if ("PKG-FOOD".equals(segment) && (month == 8 || month == 9)) {
			return 2.2;
		}
		return (month >= 10) ? 1.4 : 1.0;
	}

}
