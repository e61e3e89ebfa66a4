package org.salesteam.customer.web;

import jakarta.validation.Valid;
import org.salesteam.customer.internal.CustomerRules;
import org.salesteam.platform.BusinessRuleException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/customer-settings} (admins only, by URL): class thresholds, claim limit
 * and pool rules. New thresholds reclassify every customer not classified by hand.
 */
@Controller
class CustomerSettingsController {

	private static final String VIEW = "customer/settings";

	private final CustomerRules rules;

	CustomerSettingsController(CustomerRules rules) {
		this.rules = rules;
	}

	@GetMapping("/admin/customer-settings")
	String show(Model model) {
		model.addAttribute("settingsForm", SettingsForm.from(this.rules.current()));
		return VIEW;
	}

	@PostMapping("/admin/customer-settings")
	ModelAndView change(@Valid SettingsForm settingsForm, BindingResult binding, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				int reclassified = this.rules.change(settingsForm.getVersion(), settingsForm.toValues());
				redirect.addFlashAttribute("message", "customer.settings.saved");
				redirect.addFlashAttribute("count", reclassified);
				return WebSupport.seeOther("/admin/customer-settings");
			}
			catch (BusinessRuleException ex) {
				WebSupport.reject(binding, ex);
			}
		}
		return new ModelAndView(VIEW, binding.getModel()).addObject("settingsForm", settingsForm);
	}

}
