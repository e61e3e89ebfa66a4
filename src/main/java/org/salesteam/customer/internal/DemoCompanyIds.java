package org.salesteam.customer.internal;

import java.util.Map;

/**
 * Plausible tax ids (统一社会信用代码, GB 32100: "91" for a company, the province's division
 * code, a 9-digit body and the check character) and switchboard phones (the city's area
 * code and an 8-digit number) of the demo customers, so that the duplicate check (查重, ADR
 * 0025) can be shown. Both are derived from the customer's id, not drawn from the demo's
 * random sequence: deterministic, the rest of the demo stays as it was, and two demo
 * customers never share one (the body is {@code id × 7919} modulo 10⁹ resp. 10⁷,
 * one-to-one for ids below those bounds since 7919 is prime to 10).
 */
final class DemoCompanyIds {

	private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final Map<String, String> DIVISIONS = Map.of("上海市", "310000", "江苏省", "320000", "浙江省", "330000",
			"安徽省", "340000", "广东省", "440000", "福建省", "350000");

	private static final Map<String, String> AREA_CODES = Map.ofEntries(Map.entry("上海", "021"), Map.entry("南京", "025"),
			Map.entry("苏州", "0512"), Map.entry("无锡", "0510"), Map.entry("常州", "0519"), Map.entry("南通", "0513"),
			Map.entry("扬州", "0514"), Map.entry("杭州", "0571"), Map.entry("宁波", "0574"), Map.entry("温州", "0577"),
			Map.entry("嘉兴", "0573"), Map.entry("绍兴", "0575"), Map.entry("台州", "0576"), Map.entry("合肥", "0551"),
			Map.entry("芜湖", "0553"), Map.entry("蚌埠", "0552"), Map.entry("马鞍山", "0555"), Map.entry("安庆", "0556"),
			Map.entry("广州", "020"), Map.entry("深圳", "0755"), Map.entry("东莞", "0769"), Map.entry("佛山", "0757"),
			Map.entry("中山", "0760"), Map.entry("汕头", "0754"), Map.entry("福州", "0591"), Map.entry("厦门", "0592"),
			Map.entry("泉州", "0595"), Map.entry("漳州", "0596"), Map.entry("莆田", "0594"));

	private DemoCompanyIds() {
	}

	/** The tax id of the demo customer with this id in this province. */
	static String taxId(long id, String province) {
		String base = "91" + DIVISIONS.getOrDefault(province, "310000") + "%09d".formatted(id * 7919 % 1_000_000_000L);
		int sum = 0;
		for (int i = 0; i < base.length(); i++) {
			sum += CHARACTERS.indexOf(base.charAt(i)) * WEIGHTS[i];
		}
		return base + CHARACTERS.charAt((31 - sum % 31) % 31);
	}

	/** The switchboard phone of the demo customer with this id in this city. */
	static String phone(long id, String city) {
		return AREA_CODES.getOrDefault(city, "021") + "-6" + "%07d".formatted(id * 7919 % 10_000_000L);
	}

}
