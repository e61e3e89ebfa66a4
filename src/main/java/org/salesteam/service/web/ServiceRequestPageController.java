package org.salesteam.service.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.service.ServiceRequestType;
import org.salesteam.service.internal.ServiceRequestList;
import org.salesteam.service.internal.ServiceRequests;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service desk's pages: the requests of the user's customers, the most urgent first
 * (breached, then warned), a form to open one and the close form with root cause and
 * corrective action.
 */
@Controller
class ServiceRequestPageController {

	private static final int PAGE_SIZE = 50;

	private final ServiceRequests requests;

	private final ServiceRequestList list;

	private final Clock clock;

	ServiceRequestPageController(ServiceRequests requests, ServiceRequestList list, Clock clock) {
		this.requests = requests;
		this.list = list;
		this.clock = clock;
	}

	@GetMapping("/service-requests")
	String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(defaultValue = "ACTIVE") String status,
			@RequestParam(required = false) String sla, @RequestParam(required = false) Long customerId, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("page", this.list.find(user, status, customerId, null, sla, 0, PAGE_SIZE))
			.addAttribute("summary", this.list.summary(user, today.withDayOfMonth(1).minusMonths(2), today))
			.addAttribute("customers", this.list.customerChoices(user))
			.addAttribute("status", status)
			.addAttribute("sla", sla)
			.addAttribute("customerId", customerId)
			.addAttribute("types", Arrays.asList(ServiceRequestType.values()));
		return "service/list";
	}

	@PostMapping("/service-requests")
	String open(@AuthenticationPrincipal UserPrincipal user, ServiceRequests.NewRequest form,
			RedirectAttributes redirect) {
		try {
			this.requests.open(user, form);
			redirect.addFlashAttribute("message", "service.opened");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", "service.form.invalid");
		}
		return "redirect:/service-requests";
	}

	@PostMapping("/service-requests/{id}/close")
	String close(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String rootCause, @RequestParam(required = false) String correctiveAction,
			RedirectAttributes redirect) {
		try {
			this.requests.close(user, id, rootCause, correctiveAction);
			redirect.addFlashAttribute("message", "service.closed");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", "service.form.closeInvalid");
		}
		return "redirect:/service-requests";
	}

	@PostMapping("/service-requests/{id}/{step:respond|wait|resume}")
	String step(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable String step) {
		switch (step) {
			case "respond" -> this.requests.respond(user, id);
			case "wait" -> this.requests.waitForCustomer(user, id);
			default -> this.requests.resume(user, id);
		}
		return "redirect:/service-requests";
	}

}
