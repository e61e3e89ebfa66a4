package org.salesteam.retention.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.retention.internal.Cohorts;

import org.springframework.context.MessageSource;

/**
 * The cohort triangle as an ECharts heatmap: one row per first-order year (its customers
 * in the label), one column per year after it, the cell the share of the cohort that
 * ordered in that year, in percent, darker green for more.
 */
final class CohortChartOptions {

	private CohortChartOptions() {
	}

	static Map<String, Object> heatmap(List<Cohorts.Cohort> cohorts, MessageSource messages, Locale locale) {
		int columns = cohorts.stream().mapToInt((c) -> c.years().size()).max().orElse(0);
		List<String> offsets = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			offsets.add(messages.getMessage("retention.cohort.offset", new Object[] { i }, locale));
		}
		List<String> rows = new ArrayList<>();
		List<List<Object>> data = new ArrayList<>();
		for (int row = 0; row < cohorts.size(); row++) {
			Cohorts.Cohort cohort = cohorts.get(row);
			rows.add(messages.getMessage("retention.cohort.row",
					new Object[] { String.valueOf(cohort.year()), cohort.customers() }, locale));
			for (Cohorts.Retained cell : cohort.years()) {
				data.add(List.of(cell.offset(), row, percent(cell.share())));
			}
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("title", Map.of("text", messages.getMessage("retention.cohort.chartTitle", null, locale), "left",
				"center", "textStyle", Map.of("fontSize", 14)));
		option.put("tooltip", Map.of("position", "top"));
		option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 56, "containLabel", true));
		option.put("xAxis", Map.of("type", "category", "data", offsets, "splitArea", Map.of("show", true)));
		option.put("yAxis",
				Map.of("type", "category", "data", rows, "inverse", true, "splitArea", Map.of("show", true)));
		option.put("visualMap",
				Map.of("min", 0, "max", 100, "calculable", false, "orient", "horizontal", "left", "center", "bottom", 0,
						"text", List.of("100%", "0%"), "inRange", Map.of("color", List.of("#f1f8e9", "#2e7d32"))));
		option.put("series",
				List.of(Map.of("type", "heatmap", "name", messages.getMessage("retention.cohort.share", null, locale),
						"data", data, "label", Map.of("show", true, "formatter", "{@[2]}%"))));
		return option;
	}

	private static BigDecimal percent(BigDecimal share) {
		return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
	}

}
