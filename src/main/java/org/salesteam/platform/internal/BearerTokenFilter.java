package org.salesteam.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.salesteam.platform.ApiTokenVerifier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API chain. A bad token
 * leaves the request anonymous, so the entry point answers 401 — it never falls back to
 * any other credential.
 */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	/**
	 * Set on a request whose principal this filter has just read from the database: the
	 * rights refresh that follows need not read the user's rights version again.
	 */
	static final String FRESH_PRINCIPAL = BearerTokenFilter.class.getName() + ".fresh";

	private final ApiTokenVerifier verifier;

	BearerTokenFilter(ApiTokenVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			String raw = header.substring(PREFIX.length()).trim();
			this.verifier.verify(raw).ifPresent((principal) -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
				SecurityContextHolder.setContext(context);
				request.setAttribute(FRESH_PRINCIPAL, principal.id());
			});
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

}
