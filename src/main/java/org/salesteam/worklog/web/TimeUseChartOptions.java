package org.salesteam.worklog.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.worklog.TimeUseCategory;
import org.salesteam.worklog.internal.TimeUseSummary;

import org.springframework.context.MessageSource;

/**
 * The ECharts options of the time-use page: hours per category (selling in green, the
 * rest in grey) and, for managers, each family's actual share against the handbook's
 * benchmark, in percent.
 */
final class TimeUseChartOptions {

	private static final String SELLING = "#2e7d32";

	private static final String NON_SELLING = "#9e9e9e";

	private TimeUseChartOptions() {
	}

	static Map<String, Object> categories(TimeUseSummary summary, MessageSource messages, Locale locale) {
		List<String> names = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		summary.minutes().forEach((category, minutes) -> {
			names.add(messages.getMessage(category.messageKey(), null, locale));
			values.add(Map.of("value", hours(minutes), "itemStyle",
					Map.of("color", (category.kind() == TimeUseCategory.Kind.SELLING) ? SELLING : NON_SELLING)));
		});
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("grid", Map.of("left", 8, "right", 16, "top", 24, "bottom", 8, "containLabel", true));
		option.put("xAxis",
				Map.of("type", "value", "name", messages.getMessage("worklog.time.hoursAxis", null, locale)));
		option.put("yAxis", Map.of("type", "category", "inverse", true, "data", names));
		option.put("series",
				List.of(Map.of("type", "bar", "data", values, "label", Map.of("show", true, "position", "right"))));
		return option;
	}

	static Map<String, Object> families(TimeUseSummary summary, MessageSource messages, Locale locale) {
		List<String> names = new ArrayList<>();
		List<Object> actual = new ArrayList<>();
		List<Object> benchmark = new ArrayList<>();
		if (summary.families() != null) {
			summary.families().forEach((share) -> {
				names.add(messages.getMessage(share.family().messageKey(), null, locale));
				actual.add((share.share() != null) ? percent(share.share()) : null);
				benchmark.add(percent(share.benchmark()));
			});
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("top", 0));
		option.put("grid", Map.of("left", 8, "right", 16, "top", 36, "bottom", 8, "containLabel", true));
		option.put("xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("interval", 0)));
		option.put("yAxis", Map.of("type", "value", "name", "%"));
		option.put("series", List.of(
				Map.of("type", "bar", "name", messages.getMessage("worklog.time.actual", null, locale), "data", actual,
						"itemStyle", Map.of("color", "#b3261e"), "label", Map.of("show", true, "position", "top")),
				Map.of("type", "bar", "name", messages.getMessage("worklog.time.benchmark", null, locale), "data",
						benchmark, "itemStyle", Map.of("color", "#90a4ae"), "label",
						Map.of("show", true, "position", "top"))));
		return option;
	}

	private static BigDecimal hours(long minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
	}

	private static BigDecimal percent(BigDecimal fraction) {
		return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
	}

}
