package org.salesteam.visit.web;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.visit.Visit;
import org.salesteam.visit.VisitStatus;
import org.salesteam.visit.internal.VisitAccess;
import org.salesteam.visit.internal.VisitChoices;
import org.salesteam.visit.internal.VisitFilter;
import org.salesteam.visit.internal.VisitList;
import org.salesteam.visit.internal.VisitNames;
import org.salesteam.visit.internal.VisitPlanning;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /visits}: the visible visits with filters, one visit with its report, and
 * cancelling a planned one (303 back to it).
 */
@Controller
class VisitPageController {

	private final VisitList list;

	private final VisitAccess access;

	private final VisitPlanning planning;

	private final VisitNames names;

	private final VisitChoices choices;

	private final Clock clock;

	VisitPageController(VisitList list, VisitAccess access, VisitPlanning planning, VisitNames names,
			VisitChoices choices, Clock clock) {
		this.clock = clock;
		this.list = list;
		this.access = access;
		this.planning = planning;
		this.names = names;
		this.choices = choices;
	}

	@GetMapping("/visits")
	String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) VisitStatus status, @RequestParam(required = false) Long repId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		VisitFilter filter = VisitFilter.upcomingFirst(q, status, repId, from, to, today, page, 25);
		VisitList.Page result = this.list.find(user, filter);
		model.addAttribute("filter", filter);
		model.addAttribute("result", result);
		model.addAttribute("today", today);
		// where the past begins on this page, for the divider (-1: none)
		int firstPast = -1;
		for (int i = 0; i < result.items().size(); i++) {
			if (result.items().get(i).visitDate().isBefore(today)) {
				firstPast = i;
				break;
			}
		}
		model.addAttribute("firstPast", firstPast);
		if (Web.isHtmx(htmx)) {
			return "activity/visit-list :: results";
		}
		model.addAttribute("statuses", VisitStatus.values());
		model.addAttribute("reps", this.choices.reps(user));
		return "activity/visit-list";
	}

	@GetMapping("/visits/{id}")
	String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Visit visit = this.access.visit(user, id);
		model.addAttribute("visit", VisitView.of(visit, this.names));
		model.addAttribute("contactNames", this.choices.contactNames(visit.getContactIds()));
		return "activity/visit-show";
	}

	@PostMapping("/visits/{id}/cancel")
	ModelAndView cancel(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.planning.cancel(user, id, reason);
			redirect.addFlashAttribute("message", "visit.cancelled");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return Web.seeOther("/visits/" + id);
	}

}
