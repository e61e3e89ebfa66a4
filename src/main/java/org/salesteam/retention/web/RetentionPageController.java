package org.salesteam.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.LostReason;
import org.salesteam.retention.internal.LostCustomers;
import org.salesteam.retention.internal.LostReasons;
import org.salesteam.retention.internal.RetentionReadings;
import org.salesteam.retention.internal.RiskBacktest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention pages: the at-risk list (overdue and suggested-dormant customers first,
 * with their reasons and one click to plan a visit), a customer's retention card (loaded
 * into the customer page), and the lost customers with their reasons and exit interviews.
 */
@Controller
class RetentionPageController {

	private static final String DEFAULT_STATES = "OVERDUE,DORMANT_SUGGESTED";

	private static final int PAGE_SIZE = 50;

	private final RetentionReadings readings;

	private final LostReasons reasons;

	private final LostCustomers lost;

	private final RiskBacktest backtest;

	private final Clock clock;

	RetentionPageController(RetentionReadings readings, LostReasons reasons, LostCustomers lost, RiskBacktest backtest,
			Clock clock) {
		this.backtest = backtest;
		this.readings = readings;
		this.reasons = reasons;
		this.lost = lost;
		this.clock = clock;
	}

	@GetMapping("/retention")
	String atRisk(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String states = (state != null) ? state : DEFAULT_STATES;
		LocalDate date = (asOf != null) ? asOf : LocalDate.now(this.clock);
		RetentionReadings.Page found = this.readings.list(user, date, null, RetentionApiController.states(states),
				Math.max(0, page), PAGE_SIZE);
		model.addAttribute("page", found)
			.addAttribute("state", states)
			.addAttribute("asOf", date)
			.addAttribute("pageNo", Math.max(0, page))
			.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE))
			.addAttribute("stateChoices",
					List.of(DEFAULT_STATES, "OVERDUE", "DORMANT_SUGGESTED", "ACTIVE", "LOST", "PROSPECT", ""));
		return "retention/list";
	}

	@GetMapping("/retention/backtest")
	String backtest(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("b", this.backtest.run(user, null));
		return "retention/card :: backtest";
	}

	@GetMapping("/retention/customers/{id}/card")
	String card(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("r", this.readings.one(user, id, LocalDate.now(this.clock)));
		return "retention/card :: card";
	}

	@GetMapping("/retention/lost")
	String lost(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate end = (to != null) ? to : LocalDate.now(this.clock);
		LocalDate start = (from != null) ? from : end.minusYears(1).plusDays(1);
		model.addAttribute("report", this.reasons.report(user, start, end, null))
			.addAttribute("reasons", LostReason.values());
		return "retention/lost";
	}

	@PostMapping("/retention/exit-interviews/{id}")
	String answer(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String whyStopped, @RequestParam(required = false) String whereDisappointed,
			@RequestParam(required = false) String competitorOffer, RedirectAttributes redirect) {
		try {
			this.lost.answer(user, id, whyStopped, whereDisappointed, competitorOffer);
			redirect.addFlashAttribute("message", "retention.interview.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", "retention.interview.whyRequired");
		}
		return "redirect:/retention/lost";
	}

}
