package org.salesteam.team.web;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;

import org.springframework.validation.BindingResult;

/** Shows a broken business rule on a form: at its field when it names one. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, BusinessRuleException ex) {
		FormPages.reject(result, ex);
	}

}
