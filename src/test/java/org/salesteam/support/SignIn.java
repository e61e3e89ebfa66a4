package org.salesteam.support;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Signs a demo user in through the login form, as a browser would, and returns the
 * session to pass to the following MockMvc requests ({@link MockMvcSessions} keeps it
 * tied to the session stored in the database). Demo users' password is {@code demo}.
 */
public final class SignIn {

	private SignIn() {
	}

	public static MockHttpSession as(MockMvc mvc, String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
