package org.salesteam.performance.web;

import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;
import org.salesteam.performance.internal.ScopeChoices;
import org.salesteam.platform.UserPrincipal;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The one place where {@code scope=} text becomes a checked scope for the web: parsed by
 * {@link KpiScope#parse}, checked by {@link Kpis#check} for the signed-in user. Pages,
 * charts, the API and the export all take a {@link ScopeParam} {@link VisibleScope}.
 */
class VisibleScopeResolver implements HandlerMethodArgumentResolver {

	static final String PARAMETER = "scope";

	private final Kpis kpis;

	private final ScopeChoices choices;

	VisibleScopeResolver(Kpis kpis, ScopeChoices choices) {
		this.kpis = kpis;
		this.choices = choices;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(ScopeParam.class)
				&& VisibleScope.class.equals(parameter.getParameterType());
	}

	@Override
	public VisibleScope resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) throws MissingServletRequestParameterException {
		UserPrincipal user = signedIn();
		String text = request.getParameter(PARAMETER);
		KpiScope asked;
		if (text == null || text.isBlank()) {
			if (!parameter.getParameterAnnotation(ScopeParam.class).orInitial()) {
				throw new MissingServletRequestParameterException(PARAMETER, "String");
			}
			asked = this.choices.initial(user).orElseThrow(() -> new AccessDeniedException("no performance figures"));
		}
		else {
			asked = KpiScope.parse(text);
		}
		return this.kpis.check(KpiViewer.of(user), asked);
	}

	private static UserPrincipal signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal user) {
			return user;
		}
		throw new AccessDeniedException("not signed in");
	}

}
