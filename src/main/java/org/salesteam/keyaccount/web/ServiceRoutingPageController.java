package org.salesteam.keyaccount.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesteam.keyaccount.PortfolioBox;
import org.salesteam.keyaccount.internal.KeyAccountAccess;
import org.salesteam.keyaccount.internal.RoutingEditing;
import org.salesteam.keyaccount.internal.TeamRole;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.service.ServiceRequestType;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /key-accounts/service-routing}: the routing table on one form — a role per
 * request type ({@code role.<TYPE>}), hours per box ({@code response.<BOX>},
 * {@code resolution.<BOX>}); read-only for anyone but directors and admins (ADR 0052).
 */
@Controller
class ServiceRoutingPageController {

	private static final String PAGE = "/key-accounts/service-routing";

	private final RoutingEditing routing;

	private final KeyAccountAccess access;

	private final PageErrors forms;

	ServiceRoutingPageController(RoutingEditing routing, KeyAccountAccess access, PageErrors forms) {
		this.routing = routing;
		this.access = access;
		this.forms = forms;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("table", this.routing.table());
		model.addAttribute("roles", TeamRole.values());
		model.addAttribute("mayEdit", this.access.mayEditRouting(user));
		return "keyaccount/service-routing";
	}

	@PostMapping(PAGE)
	ModelAndView save(@AuthenticationPrincipal UserPrincipal user, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return this.forms.run(PAGE, redirect, () -> {
			List<RoutingEditing.RouteLine> routes = new ArrayList<>();
			for (ServiceRequestType type : ServiceRequestType.values()) {
				routes.add(new RoutingEditing.RouteLine(type.name(), form.get("role." + type.name())));
			}
			List<RoutingEditing.DeadlineLine> deadlines = new ArrayList<>();
			PortfolioBox[] boxes = PortfolioBox.values();
			for (int i = 0; i < boxes.length; i++) {
				String box = boxes[i].name();
				deadlines.add(new RoutingEditing.DeadlineLine(box,
						hours(form.get("response." + box), "deadlines[" + i + "].responseHours"),
						hours(form.get("resolution." + box), "deadlines[" + i + "].resolutionHours")));
			}
			this.routing.replace(user, new RoutingEditing.Table(routes, deadlines));
			redirect.addFlashAttribute("saved", true);
		});
	}

	private static Integer hours(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			throw BusinessRuleException.onField(field, "keyaccount.error.hours", 720);
		}
	}

}
