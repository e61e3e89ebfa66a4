package org.salesteam.platform.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a form login the user's saved language wins over whatever the login page was
 * shown in.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver localeResolver;

	LoginSuccessHandler(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof UserPrincipal principal && principal.locale() != null) {
			this.localeResolver.setLocale(request, response, principal.locale());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
