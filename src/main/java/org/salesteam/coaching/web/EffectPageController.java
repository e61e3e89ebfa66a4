package org.salesteam.coaching.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.coaching.internal.CoachingEffect;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 辅导效果 page (ADR 0038, 0045): the coaching effect on a chosen KPI for the reps the
 * manager or director coaches — the difference in differences over the sessions whose 8
 * weeks after are over, the number of sessions it rests on, and one row (and one pair of
 * bars) per session: the coached rep's change next to the uncoached peers'. A rep goes
 * back to the coaching calendar.
 */
@Controller
class EffectPageController {

	/** The KPIs a coach can choose: what a debrief can move, money first. */
	static final List<String> CHOICES = CoachingEffect.CHOICES;

	private final CoachingEffect effect;

	private final MessageSource messages;

	EffectPageController(CoachingEffect effect, MessageSource messages) {
		this.effect = effect;
		this.messages = messages;
	}

	@GetMapping("/coaching/effect")
	String page(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String kpi, Model model) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			return "redirect:/coaching";
		}
		String code = chosen(kpi);
		CoachingEffect.Effect result = this.effect.of(user, code);
		EffectFormat format = new EffectFormat(LocaleContextHolder.getLocale(), this.messages);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (CoachingEffect.SessionRow row : result.rows()) {
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("row", row);
			shown.put("repChange", format.text(row.repChange()));
			shown.put("peerChange", format.text(row.peerChange()));
			shown.put("effect", format.text(row.effect()));
			shown.put("tone", EffectFormat.tone(row.effect(), result.higherIsBetter()));
			rows.add(shown);
		}
		model.addAttribute("result", result)
			.addAttribute("choices", CHOICES)
			.addAttribute("effectText", format.text(result.effect()))
			.addAttribute("tone", EffectFormat.tone(result.effect(), result.higherIsBetter()))
			.addAttribute("rows", rows);
		return "coaching/effect";
	}

	/**
	 * The sessions as an ECharts option: per session, the rep's change and the peers'
	 * mean change side by side, the effect as a line.
	 */
	@GetMapping(path = "/coaching/effect/chart", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> chart(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String kpi) {
		Locale locale = LocaleContextHolder.getLocale();
		CoachingEffect.Effect result = this.effect.of(user, chosen(kpi));
		List<String> sessions = new ArrayList<>();
		List<Object> repChanges = new ArrayList<>();
		List<Object> peerChanges = new ArrayList<>();
		List<Object> effects = new ArrayList<>();
		for (CoachingEffect.SessionRow row : result.rows()) {
			sessions.add(row.completedOn() + "\n" + row.repName());
			repChanges.add(EffectFormat.plotted(row.repChange()));
			peerChanges.add(EffectFormat.plotted(row.peerChange()));
			effects.add(EffectFormat.plotted(row.effect()));
		}
		String rep = text("coaching.effect.series.rep", locale);
		String peers = text("coaching.effect.series.peers", locale);
		String effectName = text("coaching.effect.series.effect", locale);
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("data", List.of(rep, peers, effectName), "top", 0));
		option.put("grid", Map.of("left", 70, "right", 20, "top", 40, "bottom", 60));
		option.put("xAxis", Map.of("type", "category", "data", sessions, "axisLabel", Map.of("fontSize", 11)));
		option.put("yAxis", Map.of("type", "value", "name", text("coaching.effect.axis", locale)));
		option.put("series",
				List.of(Map.of("name", rep, "type", "bar", "data", repChanges, "itemStyle", Map.of("color", "#3b82f6")),
						Map.of("name", peers, "type", "bar", "data", peerChanges, "itemStyle",
								Map.of("color", "#9ca3af")),
						Map.of("name", effectName, "type", "line", "data", effects, "symbolSize", 9, "lineStyle",
								Map.of("width", 0), "itemStyle", Map.of("color", "#16a34a"))));
		return option;
	}

	private static String chosen(String kpi) {
		return (kpi != null && CHOICES.contains(kpi)) ? kpi : Kpis.Codes.SALES;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
