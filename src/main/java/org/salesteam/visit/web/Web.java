package org.salesteam.visit.web;

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

	/**
	 * A month given as {@code yyyy-MM}, or this month when none is given; a malformed one
	 * is a 422 on {@code lastMonth}.
	 */
	static java.time.YearMonth month(String value, java.time.Clock clock) {
		if (value == null || value.isBlank()) {
			return java.time.YearMonth.now(clock);
		}
		try {
			return java.time.YearMonth.parse(value.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw BusinessRuleException.onField("lastMonth", "standard.validation.month", value);
		}
	}

	static boolean isHtmx(String header) {
		return "true".equals(header);
	}

}
