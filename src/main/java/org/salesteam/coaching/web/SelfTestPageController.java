package org.salesteam.coaching.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.coaching.internal.SelfTestItems;
import org.salesteam.coaching.internal.SelfTests;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 知识与技巧测验表 pages: a rep's own test (form and result), a manager's team heatmap of
 * priorities (ECharts) with the reps to rate, and one rep's test with the manager's
 * ability form.
 */
@Controller
class SelfTestPageController {

	private final SelfTests tests;

	private final MessageSource messages;

	SelfTestPageController(SelfTests tests, MessageSource messages) {
		this.tests = tests;
		this.messages = messages;
	}

	@GetMapping("/self-tests")
	String overview(@AuthenticationPrincipal UserPrincipal user, Model model) {
		if (user.hasRole(Role.REP) && !user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			return "redirect:/self-tests/" + user.getUsername();
		}
		model.addAttribute("reps", this.tests.coached(user));
		return "coaching/self-tests";
	}

	@GetMapping("/self-tests/{username}")
	String person(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, Model model) {
		model.addAttribute("result", this.tests.find(user, username).orElse(null))
			.addAttribute("username", username)
			.addAttribute("self", user.getUsername().equalsIgnoreCase(username))
			.addAttribute("mayRate", this.tests.mayRate(user, username))
			.addAttribute("codes", SelfTestItems.CODES);
		return "coaching/self-test";
	}

	@PostMapping("/self-tests/{username}")
	String rate(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		boolean self = user.getUsername().equalsIgnoreCase(username);
		List<SelfTests.Rating> items = new ArrayList<>();
		for (String code : SelfTestItems.CODES) {
			Integer importance = number(form.get("importance_" + code));
			Integer ability = number(form.get("ability_" + code));
			Integer manager = number(form.get("managerAbility_" + code));
			if ((self && (importance != null || ability != null)) || (!self && manager != null)) {
				items.add(new SelfTests.Rating(code, importance, ability, manager));
			}
		}
		try {
			this.tests.rate(user, username, items);
			redirect.addFlashAttribute("message", "coaching.selfTest.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/self-tests/" + username;
	}

	/** The team heatmap as an ECharts option: reps across, items down, the mean last. */
	@GetMapping(path = "/self-tests/heatmap/chart", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> chart(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long team) {
		Locale locale = LocaleContextHolder.getLocale();
		SelfTests.Heatmap map = this.tests.heatmap(user, team);
		List<String> columns = new ArrayList<>(map.reps().stream().map((rep) -> rep.displayName()).toList());
		columns.add(this.messages.getMessage("coaching.selfTest.mean", null, locale));
		List<String> rows = map.items()
			.stream()
			.map((code) -> this.messages.getMessage(SelfTestItems.nameKey(code), null, locale))
			.toList();
		List<List<Object>> data = new ArrayList<>();
		for (int i = 0; i < map.items().size(); i++) {
			for (int j = 0; j < map.reps().size(); j++) {
				Integer priority = map.priorities().get(i).get(j);
				if (priority != null) {
					data.add(List.of(j, i, priority));
				}
			}
			BigDecimal mean = map.means().get(i);
			if (mean != null) {
				data.add(List.of(map.reps().size(), i, mean));
			}
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("position", "top"));
		option.put("grid", Map.of("left", 120, "right", 20, "top", 10, "bottom", 80));
		option.put("xAxis", Map.of("type", "category", "data", columns, "axisLabel", Map.of("rotate", 30)));
		option.put("yAxis", Map.of("type", "category", "data", rows, "inverse", true));
		option.put("visualMap", Map.of("min", 0, "max", 6, "calculable", true, "orient", "horizontal", "left", "center",
				"bottom", 0, "inRange", Map.of("color", List.of("#f0f9e8", "#fdae61", "#d7191c"))));
		option.put("series", List.of(Map.of("type", "heatmap", "data", data, "label", Map.of("show", true))));
		return option;
	}

	private static Integer number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
