package org.salesteam.activity.web;

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

	/**
	 * Shows a business rule on the form field of the same name when there is one (API
	 * field names like {@code expenses.travel} map to the form's flat names by the
	 * caller), otherwise as a global error.
	 */
	static void reject(BindingResult binding, BusinessRuleException ex, String field) {
		FormPages.reject(binding, ex, field);
	}

	static boolean isHtmx(String header) {
		return "true".equals(header);
	}

}
