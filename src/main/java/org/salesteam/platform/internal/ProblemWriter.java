package org.salesteam.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem details with a translated {@code detail} from filters, where no
 * controller advice runs.
 */
@Component
class ProblemWriter {

	private final ObjectMapper objectMapper;

	private final MessageSource messages;

	ProblemWriter(ObjectMapper objectMapper, MessageSource messages) {
		this.objectMapper = objectMapper;
		this.messages = messages;
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
			throws IOException {
		Locale locale = LocaleConfiguration
			.supported((request.getHeader("Accept-Language") != null) ? request.getLocale() : null);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(messageKey, null, locale));
		problem.setTitle(
				this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
