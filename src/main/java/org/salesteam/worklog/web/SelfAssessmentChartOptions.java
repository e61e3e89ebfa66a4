package org.salesteam.worklog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.worklog.SelfAssessment;

import org.springframework.context.MessageSource;

/**
 * The ECharts option of the self-assessment trend: the average points (优 4 … 差 1) of the
 * six workflow steps and of the 20 skills, one point per assessment, oldest first.
 */
final class SelfAssessmentChartOptions {

	private SelfAssessmentChartOptions() {
	}

	static Map<String, Object> trend(List<SelfAssessment> history, MessageSource messages, Locale locale) {
		List<String> dates = history.stream().map((a) -> a.getAssessedOn().toString()).toList();
		List<Object> steps = history.stream().map((a) -> (Object) a.stepScore()).toList();
		List<Object> skills = history.stream().map((a) -> (Object) a.skillScore()).toList();
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("top", 0));
		option.put("grid", Map.of("left", 8, "right", 16, "top", 36, "bottom", 8, "containLabel", true));
		option.put("xAxis", Map.of("type", "category", "data", dates));
		option.put("yAxis", Map.of("type", "value", "min", 1, "max", 4, "interval", 1));
		option.put("series", List.of(
				Map.of("type", "line", "name", messages.getMessage("worklog.assessment.stepScore", null, locale),
						"data", steps, "connectNulls", true, "itemStyle", Map.of("color", "#b3261e")),
				Map.of("type", "line", "name", messages.getMessage("worklog.assessment.skillScore", null, locale),
						"data", skills, "connectNulls", true, "itemStyle", Map.of("color", "#1565c0"))));
		return option;
	}

}
