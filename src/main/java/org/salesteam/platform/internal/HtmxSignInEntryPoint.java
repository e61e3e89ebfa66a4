package org.salesteam.platform.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages' sign-in entry point: the login page, as form login has it — except for a
 * page fragment that htmx asks for after the session ended (the bell's polling, a cockpit
 * part), which must not get the login page swapped into the page: it is answered 401 with
 * {@code HX-Redirect: /login}, which makes htmx load the login page as a whole. The
 * fragment's URL is not saved as the place to return to after signing in (the request
 * cache in {@link SecurityConfiguration}).
 */
final class HtmxSignInEntryPoint implements AuthenticationEntryPoint {

	/** Requests made by htmx carry this header. */
	static final RequestMatcher HTMX = new RequestHeaderRequestMatcher("HX-Request", "true");

	private final AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		if (!HTMX.matches(request)) {
			this.loginPage.commence(request, response, authException);
			return;
		}
		response.setHeader("HX-Redirect", request.getContextPath() + "/login");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

}
