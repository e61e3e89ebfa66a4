package org.salesteam.visit.web;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.visit.VisitStatus;
import org.salesteam.visit.internal.VisitAccess;
import org.salesteam.visit.internal.VisitFilter;
import org.salesteam.visit.internal.VisitList;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /customers/{id}/visits}: the visits part of the customer 360 page as a fragment
 * the customer page loads with htmx — the last and the next visit and the recent visits
 * the user may see. The customer's visibility is checked here too.
 */
@Controller
class CustomerVisitsController {

	private static final int RECENT = 8;

	private final VisitAccess access;

	private final VisitList visits;

	private final Clock clock;

	CustomerVisitsController(VisitAccess access, VisitList visits, Clock clock) {
		this.access = access;
		this.visits = visits;
		this.clock = clock;
	}

	@GetMapping("/customers/{id}/visits")
	String visits(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		this.access.customer(user, id);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("customerId", id);
		model.addAttribute("last",
				first(user, new VisitFilter(null, VisitStatus.COMPLETED, null, id, null, today, false, 0, 1)));
		model.addAttribute("next",
				first(user, new VisitFilter(null, VisitStatus.PLANNED, null, id, today, null, true, 0, 1)));
		model.addAttribute("recent", this.visits.find(user, VisitFilter.ofCustomer(id, RECENT)).items());
		return "activity/customer-visits :: visits";
	}

	private VisitList.Row first(UserPrincipal user, VisitFilter filter) {
		return this.visits.find(user, filter).items().stream().findFirst().orElse(null);
	}

}
