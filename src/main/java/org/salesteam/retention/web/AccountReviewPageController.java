package org.salesteam.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.AccountReviewPoint;
import org.salesteam.retention.internal.AccountReviews;
import org.salesteam.retention.internal.ReviewMinutes;

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
 * The annual review pages (年度评估会议, ADR 0047): the year's key accounts with their reviews,
 * overdue ones first in the manager's eye (a planned day passed), a plan form per
 * account; one review with its pack, the minutes form (the planning points, feedback,
 * satisfaction, new needs, referral, up to three new actions) and its actions.
 */
@Controller
class AccountReviewPageController {

	private static final int ACTION_ROWS = 3;

	private final AccountReviews reviews;

	private final org.salesteam.retention.internal.ReviewReferrals referrals;

	private final Clock clock;

	AccountReviewPageController(AccountReviews reviews, org.salesteam.retention.internal.ReviewReferrals referrals,
			Clock clock) {
		this.reviews = reviews;
		this.referrals = referrals;
		this.clock = clock;
	}

	@GetMapping("/account-reviews")
	String year(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		List<AccountReviews.YearRow> rows = this.reviews.year(user, shown, null);
		model.addAttribute("year", shown)
			.addAttribute("rows", rows)
			.addAttribute("overdue", rows.stream().filter((row) -> "OVERDUE".equals(row.compliance())).count())
			.addAttribute("held", rows.stream().filter((row) -> "HELD".equals(row.compliance())).count())
			.addAttribute("none", rows.stream().filter((row) -> "NONE".equals(row.compliance())).count());
		return "retention/reviews";
	}

	@PostMapping("/account-reviews")
	String plan(@AuthenticationPrincipal UserPrincipal user, @RequestParam long customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
			RedirectAttributes redirect) {
		try {
			long id = this.reviews.plan(user, customerId, plannedOn);
			return "redirect:/account-reviews/" + id;
		}
		catch (BusinessRuleException ex) {
			problem(redirect, ex);
			return "redirect:/account-reviews" + ((plannedOn != null) ? "?year=" + plannedOn.getYear() : "");
		}
	}

	@GetMapping("/account-reviews/{id}")
	String detail(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("review", this.reviews.detail(user, id))
			.addAttribute("referrals", this.referrals.of(user, id))
			.addAttribute("allPoints", AccountReviewPoint.values())
			.addAttribute("actionRows", ACTION_ROWS)
			.addAttribute("today", LocalDate.now(this.clock));
		return "retention/review";
	}

	@PostMapping("/account-reviews/{id}/minutes")
	String hold(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) List<String> points, @RequestParam(required = false) String attendees,
			@RequestParam(required = false) String feedback, @RequestParam(required = false) Integer satisfaction,
			@RequestParam(required = false) String newNeeds,
			@RequestParam(defaultValue = "false") boolean referralAsked,
			@RequestParam(required = false) String referralReceived, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) List<String> actionDescription,
			@RequestParam(required = false) List<String> actionOwner,
			@RequestParam(required = false) List<String> actionDue, RedirectAttributes redirect) {
		try {
			this.reviews.hold(user, id,
					new ReviewMinutes(heldOn, ReviewForms.points(points), blankless(attendees), blankless(feedback),
							satisfaction, blankless(newNeeds), referralAsked, blankless(referralReceived),
							blankless(minutes), actions(actionDescription, actionOwner, actionDue)));
			redirect.addFlashAttribute("message", "retention.reviews.saved");
		}
		catch (BusinessRuleException ex) {
			problem(redirect, ex);
		}
		return "redirect:/account-reviews/" + id;
	}

	@PostMapping("/account-reviews/{id}/cancel")
	String cancel(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.reviews.cancel(user, id);
		}
		catch (BusinessRuleException ex) {
			problem(redirect, ex);
		}
		return "redirect:/account-reviews/" + id;
	}

	@PostMapping("/account-reviews/{id}/actions/{position}/done")
	String actionDone(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable int position) {
		this.reviews.actionDone(user, id, position);
		return "redirect:/account-reviews/" + id;
	}

	/** The filled rows of the form's action table; a row with only a due date counts. */
	private static List<ReviewMinutes.Action> actions(List<String> descriptions, List<String> owners,
			List<String> dues) {
		List<ReviewMinutes.Action> actions = new ArrayList<>();
		int rows = (descriptions != null) ? descriptions.size() : 0;
		for (int row = 0; row < rows; row++) {
			String description = blankless(descriptions.get(row));
			String due = (dues != null && row < dues.size()) ? blankless(dues.get(row)) : null;
			if (description == null && due == null) {
				continue;
			}
			String owner = (owners != null && row < owners.size()) ? blankless(owners.get(row)) : null;
			actions.add(new ReviewMinutes.Action(description, owner, date(due)));
		}
		return actions;
	}

	private static LocalDate date(String text) {
		try {
			return (text != null) ? LocalDate.parse(text) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankless(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static void problem(RedirectAttributes redirect, BusinessRuleException ex) {
		redirect.addFlashAttribute("problem", ex.messageKey());
		redirect.addFlashAttribute("problemArgs", ex.arguments());
		redirect.addFlashAttribute("problemField", ex.field());
	}

}
