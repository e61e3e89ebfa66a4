package org.salesteam.support;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Lets MockMvc tests keep passing a {@code MockHttpSession} from one request to the next
 * while the sessions themselves live in the database (Spring Session JDBC). Spring
 * Session finds its session by the {@code SESSION} cookie and ignores the container's
 * session; under MockMvc this resolver also notes the database session's id in the mock
 * session and reads it back from there, and after each request copies the database
 * session's attributes into the mock session, so that {@code authenticated()} and other
 * checks of the mock session see what was stored. Real HTTP requests (the two-node test,
 * browser journeys) use the cookie only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	@Bean
	HttpSessionIdResolver mockMvcSessionIdResolver() {
		return new MockSessionIdResolver();
	}

	@Bean
	MockMvcBuilderCustomizer mockMvcSessionMirror(SessionRepository<? extends Session> sessions) {
		return (builder) -> builder.alwaysDo((result) -> {
			HttpSession mock = result.getRequest().getSession(false);
			if (mock == null) {
				return;
			}
			Object id = mock.getAttribute(MockSessionIdResolver.ID);
			Session stored = (id instanceof String value) ? sessions.findById(value) : null;
			for (String name : Collections.list(mock.getAttributeNames())) {
				if (!MockSessionIdResolver.ID.equals(name)) {
					mock.removeAttribute(name);
				}
			}
			if (stored != null) {
				stored.getAttributeNames().forEach((name) -> mock.setAttribute(name, stored.getAttribute(name)));
			}
		});
	}

	static final class MockSessionIdResolver implements HttpSessionIdResolver {

		private static final String ID = MockMvcSessions.class.getName() + ".id";

		private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

		MockSessionIdResolver() {
			this.cookies.setCookieSerializer(new DefaultCookieSerializer());
		}

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			List<String> ids = this.cookies.resolveSessionIds(request);
			MockHttpServletRequest mock = mock(request);
			if (!ids.isEmpty() || mock == null) {
				return ids;
			}
			HttpSession session = mock.getSession(false);
			Object id = (session != null) ? session.getAttribute(ID) : null;
			return (id instanceof String value) ? List.of(value) : List.of();
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			this.cookies.setSessionId(request, response, sessionId);
			MockHttpServletRequest mock = mock(request);
			if (mock != null) {
				mock.getSession(true).setAttribute(ID, sessionId);
			}
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			this.cookies.expireSession(request, response);
			MockHttpServletRequest mock = mock(request);
			HttpSession session = (mock != null) ? mock.getSession(false) : null;
			if (session != null) {
				session.removeAttribute(ID);
			}
		}

		private static MockHttpServletRequest mock(ServletRequest request) {
			ServletRequest current = request;
			while (current instanceof ServletRequestWrapper wrapper) {
				current = wrapper.getRequest();
			}
			return (current instanceof MockHttpServletRequest mock) ? mock : null;
		}

	}

}
