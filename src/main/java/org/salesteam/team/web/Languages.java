package org.salesteam.team.web;

import java.util.List;
import java.util.Locale;

/** The languages a user may choose, as stored language tags. */
final class Languages {

	static final String DEFAULT = "zh-CN";

	static final List<String> TAGS = List.of("zh-CN", "en");

	static final String PATTERN = "zh-CN|en";

	private Languages() {
	}

	static String tagOf(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? "en" : DEFAULT;
	}

}
