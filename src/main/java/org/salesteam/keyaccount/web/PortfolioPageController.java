package org.salesteam.keyaccount.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.keyaccount.internal.PortfolioMatrix;
import org.salesteam.keyaccount.internal.ScaleEditing;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The portfolio pages: one portfolio's matrix — a table and an ECharts bubble chart (RS
 * on a log axis 0.33–3, AA 0–10, bubble area ∝ last-12-month sales).
 */
@Controller
class PortfolioPageController {

	/** The largest bubble's diameter in pixels; a bubble's area is ∝ its sales. */
	private static final double MAX_BUBBLE = 60;

	private final PortfolioMatrix matrix;

	private final ScaleEditing scales;

	private final MessageSource messages;

	PortfolioPageController(PortfolioMatrix matrix, ScaleEditing scales, MessageSource messages) {
		this.matrix = matrix;
		this.scales = scales;
		this.messages = messages;
	}

	@GetMapping("/key-accounts/portfolios/{id}")
	String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("matrix", this.matrix.of(user, id));
		model.addAttribute("scales", this.scales.of(user, id));
		return "keyaccount/matrix";
	}

	@GetMapping(path = "/key-accounts/portfolios/{id}/chart", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> chart(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		PortfolioMatrix.Matrix result = this.matrix.of(user, id);
		// one scale for today's bubbles and the forecast rings
		BigDecimal largest = result.rows()
			.stream()
			.flatMap((row) -> java.util.stream.Stream.of(row.sales12m(),
					(row.forecast() != null) ? row.forecast().sales() : BigDecimal.ZERO))
			.reduce(BigDecimal.ONE, BigDecimal::max);
		List<Object> points = new ArrayList<>();
		for (PortfolioMatrix.Row row : result.rows()) {
			if (row.attractiveness() == null || row.relativeStrength() == null) {
				continue;
			}
			double share = Math.max(0, row.sales12m().doubleValue()) / largest.doubleValue();
			Map<String, Object> point = new HashMap<>();
			point.put("name", row.name());
			point.put("value", List.of(clamp(row.relativeStrength()), row.attractiveness(), row.sales12m()));
			point.put("symbolSize", 8 + MAX_BUBBLE * Math.sqrt(share));
			points.add(point);
		}
		Map<String, Object> series = new HashMap<>();
		series.put("type", "scatter");
		series.put("data", points);
		series.put("label", Map.of("show", true, "formatter", "{b}", "position", "top", "fontSize", 10));
		series.put("markLine", Map.of("silent", true, "symbol", "none", "lineStyle", Map.of("type", "dashed"), "data",
				List.of(Map.of("xAxis", 1), Map.of("yAxis", result.cut()))));
		List<Object> arrows = new ArrayList<>();
		for (PortfolioMatrix.Row row : result.rows()) {
			PortfolioMatrix.Position before = row.previous();
			if (row.attractiveness() != null && row.relativeStrength() != null && before != null
					&& before.attractiveness() != null && before.relativeStrength() != null) {
				arrows.add(Map.of("coords", List.of(List.of(clamp(before.relativeStrength()), before.attractiveness()),
						List.of(clamp(row.relativeStrength()), row.attractiveness()))));
			}
		}
		// last year's position → this year's: the movement arrows (ADR 0035)
		Map<String, Object> moves = new HashMap<>();
		moves.put("type", "lines");
		moves.put("coordinateSystem", "cartesian2d");
		moves.put("symbol", List.of("none", "arrow"));
		moves.put("symbolSize", 8);
		moves.put("lineStyle", Map.of("type", "dashed", "width", 1, "color", "#6c757d"));
		moves.put("data", arrows);
		Map<String, Object> option = new HashMap<>();
		option.put("title", Map.of("text", text("keyaccount.matrix.chart"), "left", "center"));
		option.put("tooltip", Map.of("trigger", "item"));
		option.put("grid", Map.of("left", 50, "right", 30, "top", 50, "bottom", 50));
		option.put("xAxis",
				Map.of("type", "log", "logBase", 3, "min", 0.33, "max", 3, "inverse", true, "name",
						text("keyaccount.matrix.rs"), "nameLocation", "middle", "nameGap", 28, "axisLabel",
						// the log axis's lowest tick is 3⁻¹, printed as 0.3333333333: 3
						// and 1 suffice
						Map.of("showMinLabel", false)));
		option.put("yAxis", Map.of("type", "value", "min", 0, "max", 10, "name", text("keyaccount.matrix.aa"),
				"nameLocation", "middle", "nameGap", 30));
		option.put("series", List.of(series, moves, rings(result, largest)));
		return option;
	}

	/**
	 * Step ⑨'s forecasts as hollow rings, sized like the bubbles by the sales then (ADR
	 * 0041).
	 */
	private Map<String, Object> rings(PortfolioMatrix.Matrix result, BigDecimal largest) {
		List<Object> rings = new ArrayList<>();
		for (PortfolioMatrix.Row row : result.rows()) {
			PortfolioMatrix.Outlook forecast = row.forecast();
			if (forecast != null) {
				double share = Math.max(0, forecast.sales().doubleValue()) / largest.doubleValue();
				rings.add(Map.of("name", row.name(), "value",
						List.of(clamp(forecast.relativeStrength()), forecast.attractiveness(), forecast.sales()),
						"symbolSize", 8 + MAX_BUBBLE * Math.sqrt(share)));
			}
		}
		Map<String, Object> series = new HashMap<>();
		series.put("type", "scatter");
		series.put("name", text("keyaccount.matrix.forecastSeries"));
		series.put("data", rings);
		series.put("itemStyle",
				Map.of("color", "rgba(0,0,0,0)", "borderColor", "#0d6efd", "borderWidth", 2, "borderType", "dashed"));
		return series;
	}

	/** Keeps a point on the log axis 0.33–3. */
	private static double clamp(double relativeStrength) {
		return Math.min(3, Math.max(0.33, relativeStrength));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
