package org.salesteam.platform;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every module's page controllers share: post/redirect/get with 303, and a broken
 * business rule shown on the form — on its field when the form has one of that name,
 * otherwise as a form-wide error.
 */
public final class FormPages {

	private FormPages() {
	}

	/** A 303 redirect to the context-relative URL, without the model in its query. */
	public static ModelAndView seeOther(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	public static void reject(BindingResult binding, BusinessRuleException ex) {
		reject(binding, ex, ex.field());
	}

	/**
	 * As {@link #reject(BindingResult, BusinessRuleException)}, on the form's own name
	 * for the field when it differs from the rule's (e.g. the API's
	 * {@code expenses.travel} against a flat form property).
	 */
	public static void reject(BindingResult binding, BusinessRuleException ex, String field) {
		if (field != null && binding.getTarget() != null
				&& new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
			binding.rejectValue(field, ex.messageKey(), ex.arguments(), null);
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

}
