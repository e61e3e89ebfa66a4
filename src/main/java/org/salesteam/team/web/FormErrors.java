package org.salesteam.team.web;

import org.salesteam.platform.BusinessRuleException;

import org.springframework.validation.BindingResult;

/** Shows a broken business rule on a form: at its field when it names one. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, BusinessRuleException ex) {
		if (ex.field() != null && result.getTarget() != null && org.springframework.beans.BeanUtils
			.getPropertyDescriptor(result.getTarget().getClass(), ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}
