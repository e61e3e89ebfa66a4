package org.salesteam.platform.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.salesteam.platform.BusinessRuleException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A business rule broken by a page request that its controller does not handle itself
 * (typically a hand-edited link, e.g. an unknown scope) is shown as the error page with
 * the translated reason and 422 — never as a server error. API controllers are answered
 * first by {@link ApiExceptionHandler}, which has the higher precedence.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BusinessRuleException.class)
	ModelAndView rule(BusinessRuleException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ModelAndView page = new ModelAndView("error/error", HttpStatus.UNPROCESSABLE_CONTENT);
		page.addObject("detail", this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		return page;
	}

	/**
	 * The database is down: the translated 503 page (see {@link DatabaseOutage}), with
	 * {@code Retry-After}.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ModelAndView unavailable(Exception ex, HttpServletResponse response) {
		response.setHeader("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS);
		return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
	}

}
