package org.salesteam.platform.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A database outage met outside a controller (the bearer token or the rights refresh in
 * the security filters, a view rendering a lazy value) is answered like one met inside:
 * 503 problem details on {@code /api/**}, the translated 503 page otherwise, with
 * {@code Retry-After}. Controllers' own outages are answered by
 * {@link ApiExceptionHandler} and {@link PageExceptionHandler}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ProblemWriter problems;

	private final MessageSource messages;

	DatabaseOutageFilter(ProblemWriter problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable: {}", ex.getMessage());
			response.resetBuffer();
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				this.problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.databaseUnavailable");
			}
			else {
				writePage(request, response);
			}
		}
	}

	/**
	 * The 503 page, written here rather than through the error dispatch: that dispatch
	 * would load the browser session, which lives in the unreachable database, and end in
	 * the container's untranslated page after another connection timeout. The language is
	 * Chinese unless the browser asks for English (the session's choice cannot be read).
	 */
	private void writePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = (request.getHeader("Accept-Language") != null)
				? LocaleConfiguration.supported(request.getLocale()) : Locale.SIMPLIFIED_CHINESE;
		String title = HtmlUtils.htmlEscape(this.messages.getMessage("error.503.title", null, locale));
		String text = HtmlUtils.htmlEscape(this.messages.getMessage("error.503.text", null, locale));
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
					+ "/webjars/bootstrap/css/bootstrap.min.css\"></head><body><main class=\"container text-center py-5\">"
					+ "<div class=\"display-4 text-muted\">503</div><h1 class=\"h4 mt-2\">" + title
					+ "</h1><p class=\"text-muted\">" + text + "</p><a class=\"btn btn-primary\" href=\""
					+ request.getContextPath() + "/\">"
					+ HtmlUtils.htmlEscape(this.messages.getMessage("error.backHome", null, locale))
					+ "</a></main></body></html>");
	}

}
