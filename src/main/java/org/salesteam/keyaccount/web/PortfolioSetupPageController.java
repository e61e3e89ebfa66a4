package org.salesteam.keyaccount.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.keyaccount.internal.Factor;
import org.salesteam.keyaccount.internal.FactorKind;
import org.salesteam.keyaccount.internal.FactorMeasure;
import org.salesteam.keyaccount.internal.PortfolioEditing;
import org.salesteam.keyaccount.internal.PortfolioSetup;
import org.salesteam.keyaccount.internal.ScaleEditing;
import org.salesteam.keyaccount.internal.ScoringBand;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The factors-and-scales page of a portfolio (steps ①–④ and ⑥, ADR 0052):
 * {@code /key-accounts/portfolios/{id}/setup} with small forms — the accounts, the
 * attractiveness factors and weights, each factor's 0–10 scale, the critical success
 * factors and weights — and the new-portfolio form of the key-account list. The rules are
 * those of the API (weights Σ = 100, bands 0–10 without overlap); a broken one is shown
 * on the page; a locked portfolio is read-only.
 */
@Controller
class PortfolioSetupPageController {

	/** Empty rows offered below the defined ones (the issue: 3–8 factors). */
	private static final int SPARE_ROWS = 3;

	private final PortfolioSetup setup;

	private final PortfolioEditing editing;

	private final ScaleEditing scales;

	private final PageErrors forms;

	PortfolioSetupPageController(PortfolioSetup setup, PortfolioEditing editing, ScaleEditing scales,
			PageErrors forms) {
		this.setup = setup;
		this.editing = editing;
		this.scales = scales;
		this.forms = forms;
	}

	@GetMapping("/key-accounts/portfolios/{id}/setup")
	String page(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("setup", this.setup.of(user, id));
		model.addAttribute("spareRows", SPARE_ROWS);
		model.addAttribute("measures", FactorMeasure.values());
		return "keyaccount/setup";
	}

	@PostMapping("/key-accounts/portfolios")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String name,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String scope,
			RedirectAttributes redirect) {
		long[] created = new long[1];
		ModelAndView back = this.forms.run("/key-accounts#portfolios", redirect,
				() -> created[0] = this.editing.create(user, name, year, scope));
		return (created[0] != 0) ? FormPages.seeOther(setup(created[0])) : back;
	}

	/** Step ①. */
	@PostMapping("/key-accounts/portfolios/{id}/setup/accounts")
	ModelAndView accounts(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(name = "customerId", required = false) List<Long> customerIds, RedirectAttributes redirect) {
		return this.forms.run(setup(id) + "#accounts", redirect,
				() -> this.editing.setAccounts(user, id, (customerIds != null) ? customerIds : List.of()));
	}

	/**
	 * Steps ②–③ ({@code kind=ATTRACTIVENESS}) and ⑥ ({@code kind=SUCCESS}): the rows with
	 * a name, in order.
	 */
	@PostMapping("/key-accounts/portfolios/{id}/setup/factors")
	ModelAndView factors(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		FactorKind kind = "SUCCESS".equals(form.getFirst("kind")) ? FactorKind.SUCCESS : FactorKind.ATTRACTIVENESS;
		return this.forms.run(setup(id) + "#" + kind.field(), redirect, () -> {
			List<String> names = values(form, "name");
			List<String> weights = values(form, "weight");
			List<Factor> factors = new ArrayList<>();
			for (int row = 0; row < names.size(); row++) {
				if (!names.get(row).isBlank()) {
					factors.add(new Factor(names.get(row).trim(), weight(cell(weights, row), kind.field())));
				}
			}
			this.editing.setFactors(user, id, kind, factors);
		});
	}

	/**
	 * Step ④: one factor's scale; rows without a score, or with nothing but a score, are
	 * left out.
	 */
	@PostMapping("/key-accounts/portfolios/{id}/setup/scales")
	ModelAndView scale(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		String factor = form.getFirst("factor");
		return this.forms.run(setup(id) + "#scales", redirect, () -> {
			String field = "scales." + factor + ".bands";
			List<String> scores = values(form, "score");
			List<ScoringBand> bands = new ArrayList<>();
			for (int row = 0; row < scores.size(); row++) {
				String lower = cell(values(form, "lower"), row);
				String upper = cell(values(form, "upper"), row);
				String label = cell(values(form, "label"), row);
				// the offered 0 / 5 / 10 rows count once they say something
				if (!scores.get(row).isBlank() && (lower != null || upper != null || label != null)) {
					bands.add(new ScoringBand(number(scores.get(row), field).intValue(), decimal(lower, field),
							decimal(upper, field), label));
				}
			}
			this.scales.setOne(user, id, new ScaleEditing.ScaleRequest(factor, form.getFirst("measure"), bands));
		});
	}

	private static String setup(long id) {
		return "/key-accounts/portfolios/" + id + "/setup";
	}

	private static List<String> values(MultiValueMap<String, String> form, String name) {
		List<String> values = form.get(name);
		return (values != null) ? values : List.of();
	}

	private static String cell(List<String> values, int row) {
		return (row < values.size() && !values.get(row).isBlank()) ? values.get(row).trim() : null;
	}

	private static int weight(String text, String field) {
		return (text == null) ? 0 : number(text, field).intValue();
	}

	private static BigDecimal number(String text, String field) {
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			throw BusinessRuleException.onField(field, "keyaccount.error.number", text);
		}
	}

	private static BigDecimal decimal(String text, String field) {
		return (text == null) ? null : number(text, field);
	}

}
