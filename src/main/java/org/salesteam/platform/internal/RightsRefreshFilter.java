package org.salesteam.platform.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.salesteam.platform.PrincipalSource;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a change of rights effective on the very next request: a deactivated user is
 * signed out, a user whose roles changed carries the new roles from now on. One indexed
 * lookup per authenticated request, except a bearer-token request, whose principal the
 * {@link BearerTokenFilter} read from the database moments before (an active user only).
 */
@Component
class RightsRefreshFilter extends OncePerRequestFilter {

	private final PrincipalSource principals;

	private final HttpSessionSecurityContextRepository contextRepository;

	RightsRefreshFilter(PrincipalSource principals, HttpSessionSecurityContextRepository contextRepository) {
		this.principals = principals;
		this.contextRepository = contextRepository;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal principal
				&& !Long.valueOf(principal.id()).equals(request.getAttribute(BearerTokenFilter.FRESH_PRINCIPAL))) {
			OptionalInt current = this.principals.activeAuthVersion(principal.id());
			if (current.isEmpty()) {
				signOut(request);
			}
			else if (current.getAsInt() != principal.authVersion()) {
				refresh(principal, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private void signOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private void refresh(UserPrincipal stale, HttpServletRequest request, HttpServletResponse response) {
		Optional<UserPrincipal> fresh = this.principals.reload(stale.id());
		if (fresh.isEmpty()) {
			signOut(request);
			return;
		}
		UserPrincipal principal = fresh.get();
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			this.contextRepository.saveContext(context, request, response);
		}
	}

}
