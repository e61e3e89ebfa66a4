package org.salesteam.product.web;

import org.salesteam.platform.BusinessRuleException;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Post/redirect/get with 303 and business-rule errors shown on forms. */
final class Web {

	private Web() {
	}

	static ModelAndView seeOther(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	static void reject(BindingResult binding, BusinessRuleException ex) {
		if (ex.field() != null && binding.getTarget() != null && org.springframework.beans.BeanUtils
			.getPropertyDescriptor(binding.getTarget().getClass(), ex.field()) != null) {
			binding.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

	static boolean isHtmx(String header) {
		return "true".equals(header);
	}

}
