package org.salesteam.retention.web;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.ReviewReferrals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meeting page's referral form (ADR 0051): registers the referred company as a
 * prospect and returns to the meeting, with the new prospect in its list or the problem
 * with its field.
 */
@Controller
class ReviewReferralPageController {

	private final ReviewReferrals referrals;

	ReviewReferralPageController(ReviewReferrals referrals) {
		this.referrals = referrals;
	}

	@PostMapping("/account-reviews/{id}/referrals")
	String register(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		try {
			this.referrals.register(user, id, name);
			redirect.addFlashAttribute("message", "retention.referral.registered");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
			redirect.addFlashAttribute("problemField", ex.field());
		}
		return "redirect:/account-reviews/" + id;
	}

}
