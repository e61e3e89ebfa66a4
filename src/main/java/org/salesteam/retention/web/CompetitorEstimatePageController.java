package org.salesteam.retention.web;

import java.math.BigDecimal;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.CompetitorEstimates;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the competitors' card on the retention targets page (ADR 0051): record an
 * estimate, remove one; back to the page of the estimate's year with the message or the
 * problem and its field.
 */
@Controller
class CompetitorEstimatePageController {

	private final CompetitorEstimates estimates;

	private final java.time.Clock clock;

	CompetitorEstimatePageController(CompetitorEstimates estimates, java.time.Clock clock) {
		this.estimates = estimates;
		this.clock = clock;
	}

	@PostMapping("/retention/competitor-estimates")
	String record(@AuthenticationPrincipal UserPrincipal user, @RequestParam int year,
			@RequestParam(required = false) String competitor, @RequestParam(required = false) String lossRate,
			@RequestParam(required = false) String source, RedirectAttributes redirect) {
		try {
			BigDecimal rate;
			try {
				rate = (lossRate == null || lossRate.isBlank()) ? null : new BigDecimal(lossRate.trim());
			}
			catch (NumberFormatException ex) {
				throw BusinessRuleException.onField("lossRate", "retention.error.lossRate");
			}
			this.estimates.record(user, new CompetitorEstimates.Input(year, competitor, rate, source));
			redirect.addFlashAttribute("message", "retention.competitors.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("competitorProblem", ex.messageKey());
			redirect.addFlashAttribute("competitorProblemArgs", ex.arguments());
			redirect.addFlashAttribute("competitorProblemField", ex.field());
		}
		return page(year);
	}

	@PostMapping("/retention/competitor-estimates/{id}/delete")
	String delete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam int year) {
		this.estimates.delete(user, id);
		return page(year);
	}

	/**
	 * The page as of the year's last day, or of today for this year (a later year: its
	 * first day).
	 */
	private String page(int year) {
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		if (year == today.getYear()) {
			return "redirect:/retention/measures#competitors";
		}
		java.time.LocalDate asOf = (year < today.getYear()) ? java.time.LocalDate.of(year, 12, 31)
				: java.time.LocalDate.of(year, 1, 1);
		return "redirect:/retention/measures?asOf=" + asOf + "#competitors";
	}

}
