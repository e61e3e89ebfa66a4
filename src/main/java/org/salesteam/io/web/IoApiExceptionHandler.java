package org.salesteam.io.web;

import org.salesteam.io.internal.FileRejectedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rejected file or request on the import and export API: 400, or 413 for a file over
 * the size limit, as problem details with a translated {@code detail}.
 */
@RestControllerAdvice(assignableTypes = { ImportApiController.class, ExportApiController.class })
class IoApiExceptionHandler {

	private final MessageSource messages;

	IoApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(FileRejectedException.class)
	ProblemDetail rejected(FileRejectedException ex) {
		HttpStatus status = ex.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		problem.setTitle(this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale()));
		return problem;
	}

}
