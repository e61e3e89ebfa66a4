package org.salesteam.product.web;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

/** This package's short names for the shared {@link FormPages} helpers. */
final class Web {

	private Web() {
	}

	static ModelAndView seeOther(String url) {
		return FormPages.seeOther(url);
	}

	static void reject(BindingResult binding, BusinessRuleException ex) {
		FormPages.reject(binding, ex);
	}

	static boolean isHtmx(String header) {
		return "true".equals(header);
	}

}
