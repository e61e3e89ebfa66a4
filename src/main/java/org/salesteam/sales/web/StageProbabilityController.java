package org.salesteam.sales.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.sales.internal.StageProbabilities;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /opportunity-stages}: admins and directors set the win probability of every
 * stage on one form (0–100, whole percent), which the opportunity board's weighted
 * amounts and the forecast use. All or nothing; a bad value shows the form again (422)
 * with the values as typed. Anyone else: 403.
 */
@Controller
class StageProbabilityController {

	private final StageProbabilities probabilities;

	StageProbabilityController(StageProbabilities probabilities) {
		this.probabilities = probabilities;
	}

	@GetMapping("/opportunity-stages")
	String form(@AuthenticationPrincipal UserPrincipal user, Model model) {
		requireRight(user);
		Map<OpportunityStage, String> values = new EnumMap<>(OpportunityStage.class);
		this.probabilities.all().forEach((stage, probability) -> values.put(stage, probability.toString()));
		return show(model, values, null);
	}

	@PostMapping("/opportunity-stages")
	ModelAndView save(@AuthenticationPrincipal UserPrincipal user, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireRight(user);
		Map<OpportunityStage, String> typed = new EnumMap<>(OpportunityStage.class);
		Map<OpportunityStage, Integer> parsed = new EnumMap<>(OpportunityStage.class);
		OpportunityStage bad = null;
		for (OpportunityStage stage : OpportunityStage.values()) {
			String text = form.getOrDefault(stage.name(), "").trim();
			typed.put(stage, text);
			if (!text.matches("\\d{1,3}")) {
				bad = (bad != null) ? bad : stage;
			}
			else {
				parsed.put(stage, Integer.valueOf(text));
			}
		}
		try {
			if (bad != null) {
				throw BusinessRuleException.onField(bad.name(), "sales.validation.probability");
			}
			this.probabilities.changeAll(user, parsed);
		}
		catch (BusinessRuleException ex) {
			response.setStatus(422);
			return new ModelAndView(show(model, typed, ex.field()), model.asMap());
		}
		redirect.addFlashAttribute("message", "sales.probability.saved");
		return Web.seeOther("/opportunity-stages");
	}

	private static String show(Model model, Map<OpportunityStage, String> values, String invalidStage) {
		model.addAttribute("stages", OpportunityStage.values());
		model.addAttribute("values", values);
		model.addAttribute("invalidStage", invalidStage);
		return "sales/stage-probabilities";
	}

	private static void requireRight(UserPrincipal user) {
		if (!StageProbabilities.mayChange(user)) {
			throw new AccessDeniedException("probabilities are set by admins and directors");
		}
	}

}
