package org.salesteam.platform;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * With the demo off, a new database holds one user: {@code admin} with the configured
 * password.
 */
@IntegrationTest
@TestPropertySource(properties = { "salesteam.demo.enabled=false", "salesteam.bootstrap.admin-password=first-Start-9" })
class FirstStartTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsOnlyTheAdminWithTheConfiguredPassword() throws Exception {
		assertThat(this.jdbc.sql("select username from app_user").query(String.class).list()).containsExactly("admin");
		assertThat(this.jdbc.sql("select count(*) from sales_team").query(Long.class).single()).isZero();
		this.mvc.perform(formLogin("/login").user("admin").password("first-Start-9")).andExpect(authenticated());
		this.mvc.perform(formLogin("/login").user("rep1").password("demo")).andExpect(unauthenticated());
	}

	@Test
	void loginPageListsNoDemoAccounts() throws Exception {
		String page = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("manager1").doesNotContain("st-demo");
	}

}
