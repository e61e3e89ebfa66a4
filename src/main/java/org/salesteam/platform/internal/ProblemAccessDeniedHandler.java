package org.salesteam.platform.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 403 as problem details on the API. */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemWriter problems;

	ProblemAccessDeniedHandler(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

}
