package org.salesteam.customer.web;

import org.salesteam.customer.internal.CustomerAccess;
import org.salesteam.customer.internal.CustomerTimelines;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /customers/{id}/timeline}: the customer 360 timeline as a fragment the customer
 * page loads with htmx — every module's entries, newest first, {@code limit} at a time
 * ("more" asks for {@value #STEP} more). Another user's customer answers 404.
 */
@Controller
class CustomerTimelineController {

	static final int STEP = 15;

	private static final int MAX = 500;

	private final CustomerAccess access;

	private final CustomerTimelines timelines;

	CustomerTimelineController(CustomerAccess access, CustomerTimelines timelines) {
		this.access = access;
		this.timelines = timelines;
	}

	@GetMapping("/customers/{id}/timeline")
	String timeline(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(defaultValue = "" + STEP) int limit, Model model) {
		this.access.readable(user, id);
		int size = Math.max(1, Math.min(limit, MAX));
		CustomerTimelines.Page page = this.timelines.page(id, size);
		model.addAttribute("customerId", id);
		model.addAttribute("timeline", page.entries());
		model.addAttribute("more", page.more() && size < MAX);
		model.addAttribute("nextLimit", Math.min(size + STEP, MAX));
		return "customer/timeline :: timeline";
	}

}
