package org.salesteam.sales.web;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

/** Post/redirect/get with 303 and business-rule errors shown on forms. */
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
