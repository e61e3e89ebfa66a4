package org.salesteam.goal.web;

import org.salesteam.platform.BusinessRuleException;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** Redirects and error messages shared by the goal pages. */
final class GoalWeb {

	private GoalWeb() {
	}

	static ModelAndView seeOther(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	static void flashError(RedirectAttributes redirect, BusinessRuleException ex) {
		redirect.addFlashAttribute("error", ex.messageKey());
		redirect.addFlashAttribute("errorArgs", ex.arguments());
	}

	static void reject(BindingResult binding, BusinessRuleException ex) {
		if (ex.field() != null && binding.getTarget() != null
				&& new org.springframework.beans.BeanWrapperImpl(binding.getTarget()).isReadableProperty(ex.field())) {
			binding.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

}
