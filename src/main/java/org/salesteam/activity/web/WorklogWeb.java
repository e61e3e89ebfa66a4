package org.salesteam.activity.web;

import java.time.LocalDate;

import org.salesteam.platform.BusinessRuleException;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Post/redirect/get with 303 and business-rule errors shown on the work-log forms. */
final class WorklogWeb {

	private WorklogWeb() {
	}

	static ModelAndView seeOther(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
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

	static boolean isHtmx(String header) {
		return "true".equals(header);
	}

	/** The default period of the time-use views: the last four weeks up to today. */
	static LocalDate defaultFrom(LocalDate today) {
		return today.minusDays(27);
	}

}
