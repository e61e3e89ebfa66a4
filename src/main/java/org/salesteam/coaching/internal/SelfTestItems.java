package org.salesteam.coaching.internal;

import java.util.List;

/**
 * The items of the skills self-test (知识与技巧测验表): the handbook's sales-meeting topics of
 * knowledge and skill, and the planning habits its survey of shortcomings names. Names
 * are translated under {@code coaching.selfTest.item.<code>}.
 */
public final class SelfTestItems {

	public static final List<String> CODES = List.of("INDUSTRY", "MARKET_CUSTOMERS", "COMPETITORS", "PRODUCTS",
			"CUSTOMER_NEEDS", "CUSTOMER_SERVICE", "CUSTOMER_ANALYSIS", "PRESENTATION", "PROPOSALS", "SELLING_SKILLS",
			"OBJECTIONS", "CLOSING", "VISIT_PLANNING", "TIME_TERRITORY", "PROSPECTING");

	private SelfTestItems() {
	}

	public static String nameKey(String code) {
		return "coaching.selfTest.item." + code;
	}

}
