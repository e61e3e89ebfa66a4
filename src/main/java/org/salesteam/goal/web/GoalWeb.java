package org.salesteam.goal.web;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Redirects and error messages shared by the goal pages. */
final class GoalWeb {

	private GoalWeb() {
	}

	static ModelAndView seeOther(String url) {
		return FormPages.seeOther(url);
	}

	static void flashError(RedirectAttributes redirect, BusinessRuleException ex) {
		redirect.addFlashAttribute("error", ex.messageKey());
		redirect.addFlashAttribute("errorArgs", ex.arguments());
	}

	static void reject(BindingResult binding, BusinessRuleException ex) {
		FormPages.reject(binding, ex);
	}

}
