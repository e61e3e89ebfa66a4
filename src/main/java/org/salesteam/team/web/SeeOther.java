package org.salesteam.team.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.View;

/**
 * The redirect after a successful POST: 303 See Other, so that the browser follows it
 * with a GET whatever the original method was (PRG).
 */
final class SeeOther {

	private SeeOther() {
	}

	/** A view name that redirects to the application path with status 303. */
	static String to(String path) {
		RequestContextHolder.currentRequestAttributes()
			.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER, RequestAttributes.SCOPE_REQUEST);
		return "redirect:" + path;
	}

}
