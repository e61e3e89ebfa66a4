package org.salesteam.keyaccount.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.keyaccount.internal.PortfolioEditing;
import org.salesteam.keyaccount.internal.PortfolioEditing.ScoreSheet;
import org.salesteam.keyaccount.internal.PortfolioEditing.UsBest;
import org.salesteam.keyaccount.internal.PortfolioForecasts;
import org.salesteam.keyaccount.internal.PortfolioLocking;
import org.salesteam.keyaccount.internal.ScoringSheet;
import org.salesteam.platform.FormPages;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portfolio's working pages (ADR 0041): one account's scoring form — the factors with
 * their scales, the scores the data suggests, our and the best competitor's scores, the
 * three-year forecast — and the year-end lock. Small forms, post/redirect/get; a broken
 * rule is shown on the page.
 */
@Controller
class PortfolioStepsPageController {

	private final ScoringSheet sheets;

	private final PortfolioEditing editing;

	private final PortfolioForecasts forecasts;

	private final PortfolioLocking locking;

	private final PageErrors forms;

	PortfolioStepsPageController(ScoringSheet sheets, PortfolioEditing editing, PortfolioForecasts forecasts,
			PortfolioLocking locking, PageErrors forms) {
		this.sheets = sheets;
		this.editing = editing;
		this.forecasts = forecasts;
		this.locking = locking;
		this.forms = forms;
	}

	@GetMapping("/key-accounts/portfolios/{id}/accounts/{customerId}")
	String sheet(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable long customerId,
			@RequestParam(required = false) String scorer, Model model) {
		model.addAttribute("sheet", this.sheets.of(user, id, customerId, scorer));
		return "keyaccount/scoring";
	}

	/**
	 * Steps ⑤ and ⑦: the form's scores, factor by factor in the order of the names; a
	 * blank score leaves that factor unscored.
	 */
	@PostMapping("/key-accounts/portfolios/{id}/accounts/{customerId}/scores")
	ModelAndView score(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@PathVariable long customerId, @RequestParam(required = false) String scorer,
			@RequestParam(name = "factor", required = false) List<String> factors,
			@RequestParam(name = "score", required = false) List<Double> scores,
			@RequestParam(name = "success", required = false) List<String> successFactors,
			@RequestParam(name = "us", required = false) List<Double> us,
			@RequestParam(name = "best", required = false) List<Double> best, RedirectAttributes redirect) {
		Map<String, Double> attractiveness = new LinkedHashMap<>();
		for (int i = 0; factors != null && i < factors.size(); i++) {
			if (scores != null && i < scores.size() && scores.get(i) != null) {
				attractiveness.put(factors.get(i), scores.get(i));
			}
		}
		Map<String, UsBest> success = new LinkedHashMap<>();
		for (int i = 0; successFactors != null && i < successFactors.size(); i++) {
			Double ours = (us != null && i < us.size()) ? us.get(i) : null;
			Double theirs = (best != null && i < best.size()) ? best.get(i) : null;
			if (ours != null || theirs != null) {
				success.put(successFactors.get(i), new UsBest(ours, theirs));
			}
		}
		boolean[] done = new boolean[1];
		ModelAndView back = this.forms.run(matrix(id) + "/accounts/" + customerId, redirect, () -> {
			this.editing.score(user, id, customerId, new ScoreSheet(scorer, attractiveness, success));
			done[0] = true;
		});
		return done[0] ? FormPages.seeOther(matrix(id)) : back;
	}

	/** Step ⑨. */
	@PostMapping("/key-accounts/portfolios/{id}/accounts/{customerId}/forecast")
	ModelAndView forecast(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@PathVariable long customerId, @RequestParam(required = false) Double attractiveness,
			@RequestParam(required = false) Double relativeStrength, @RequestParam(required = false) BigDecimal sales,
			RedirectAttributes redirect) {
		return this.forms.run(matrix(id) + "/accounts/" + customerId, redirect, () -> this.forecasts.set(user, id,
				customerId, new PortfolioForecasts.Forecast(attractiveness, relativeStrength, sales)));
	}

	@PostMapping("/key-accounts/portfolios/{id}/lock")
	ModelAndView lock(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
		return this.forms.run(matrix(id), redirect, () -> this.locking.lock(user, id));
	}

	@PostMapping("/key-accounts/portfolios/{id}/unlock")
	ModelAndView unlock(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		return this.forms.run(matrix(id), redirect, () -> this.locking.unlock(user, id));
	}

	private static String matrix(long id) {
		return "/key-accounts/portfolios/" + id;
	}

}
