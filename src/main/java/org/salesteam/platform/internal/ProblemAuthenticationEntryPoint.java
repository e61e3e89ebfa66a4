package org.salesteam.platform.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * 401 as problem details on the API: no credentials, or credentials that are not (or no
 * longer) valid.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemWriter problems;

	ProblemAuthenticationEntryPoint(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
	}

}
