package org.salesteam.home.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.home.internal.Cockpit;
import org.salesteam.home.internal.PendingWorkInbox;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.platform.PendingWork;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.SalesAlerts;
import org.salesteam.visit.ActivityAlerts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The cockpit's parts of the home page, each a fragment the page loads after itself
 * (htmx, {@code hx-trigger="load"}) so that the page shows at once: sales against goal,
 * the pipeline, the reps or teams side by side, the inbox and the watch list. Each part
 * is empty for a user it is not meant for (support staff, admins).
 */
@Controller
class CockpitController {

	static final int CLOSING_LISTED = 5;

	static final int CUSTOMERS_LISTED = 5;

	private final Cockpit cockpit;

	private final PendingWorkInbox inbox;

	private final SalesAlerts sales;

	private final ActivityAlerts activity;

	private final MessageSource messages;

	private final Clock clock;

	CockpitController(Cockpit cockpit, PendingWorkInbox inbox, SalesAlerts sales, ActivityAlerts activity,
			MessageSource messages, Clock clock) {
		this.cockpit = cockpit;
		this.inbox = inbox;
		this.sales = sales;
		this.activity = activity;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/home/cockpit/goals")
	String goals(@AuthenticationPrincipal UserPrincipal user, Model model) {
		this.cockpit.headScope(user).ifPresent((scope) -> {
			model.addAttribute("scope", scope);
			model.addAttribute("paces", this.cockpit.pace(user, scope));
		});
		return "home/cockpit :: goals";
	}

	@GetMapping("/home/cockpit/pipeline")
	String pipeline(@AuthenticationPrincipal UserPrincipal user, Model model) {
		if (cockpitUser(user)) {
			KpiPeriod month = Cockpit.month(LocalDate.now(this.clock));
			model.addAttribute("pipeline", this.sales.pipeline(user, month.from(), month.to(), CLOSING_LISTED));
		}
		return "home/cockpit :: pipeline";
	}

	@GetMapping("/home/cockpit/team")
	String team(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("rows", this.cockpit.sideBySide(user));
		model.addAttribute("teams", user.hasRole(Role.DIRECTOR));
		if (user.hasRole(Role.REP) && !user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			// a rep's own standing: last week against the standard, visits this month
			this.activity.lastWeek(user).stream().findFirst().ifPresent((week) -> model.addAttribute("myWeek", week));
			model.addAttribute("myVisits", this.cockpit.visitsThisMonth(user));
		}
		return "home/cockpit :: team";
	}

	/**
	 * The to-dos (counted) and, below them, what is for information only (not counted):
	 * managers and directors always see the card, a rep only when it has a line.
	 */
	@GetMapping("/home/cockpit/inbox")
	String inbox(@AuthenticationPrincipal UserPrincipal user, Model model) {
		List<PendingWork.Item> items = this.inbox.of(user);
		boolean leads = user.hasAnyRole(Role.MANAGER, Role.DIRECTOR);
		if (leads || (user.hasRole(Role.REP) && !items.isEmpty())) {
			model.addAttribute("items", items.stream().filter((item) -> !item.forInformation()).toList());
			model.addAttribute("news", items.stream().filter(PendingWork.Item::forInformation).toList());
		}
		return "home/cockpit :: inbox";
	}

	@GetMapping("/home/cockpit/watch")
	String watch(@AuthenticationPrincipal UserPrincipal user, Model model) {
		if (cockpitUser(user)) {
			model.addAttribute("overdue", this.sales.overdueReceivables(user));
			model.addAttribute("due", this.sales.customersDueForOrder(user, CUSTOMERS_LISTED));
			if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
				model.addAttribute("idle", this.activity.notVisited(user, CUSTOMERS_LISTED));
			}
		}
		return "home/cockpit :: watch";
	}

	/** The open pipeline by stage as an ECharts bar chart: amount per stage. */
	@GetMapping("/home/charts/pipeline")
	@ResponseBody
	Map<String, Object> pipelineChart(@AuthenticationPrincipal UserPrincipal user) {
		KpiPeriod month = Cockpit.month(LocalDate.now(this.clock));
		SalesAlerts.Pipeline pipeline = this.sales.pipeline(user, month.from(), month.to(), 0);
		List<String> stages = new ArrayList<>();
		List<Object> amounts = new ArrayList<>();
		for (SalesAlerts.StageFigure stage : pipeline.stages()) {
			stages.add(text(stage.stage().messageKey()) + " (" + stage.count() + ")");
			amounts.add(stage.amount());
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("grid", Map.of("left", 8, "right", 40, "top", 8, "bottom", 8, "containLabel", true));
		option.put("xAxis", Map.of("type", "value", "splitNumber", 3, "axisLabel", Map.of("hideOverlap", true)));
		option.put("yAxis", Map.of("type", "category", "inverse", true, "data", stages));
		option.put("series", List.of(Map.of("type", "bar", "name", text("home.pipeline.amount"), "data", amounts,
				"barMaxWidth", 28, "itemStyle", Map.of("color", "#0d6efd"))));
		return option;
	}

	private static boolean cockpitUser(UserPrincipal user) {
		return user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
