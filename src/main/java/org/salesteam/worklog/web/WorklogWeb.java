package org.salesteam.worklog.web;

import java.time.LocalDate;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

/** Post/redirect/get with 303 and business-rule errors shown on the work-log forms. */
final class WorklogWeb {

	private WorklogWeb() {
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

	/** The default period of the time-use views: the last four weeks up to today. */
	static LocalDate defaultFrom(LocalDate today) {
		return today.minusDays(27);
	}

}
