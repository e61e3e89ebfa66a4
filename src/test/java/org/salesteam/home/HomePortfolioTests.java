package org.salesteam.home;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The home page's customer figures count exactly what the user may see: the expected
 * numbers are counted here straight from the table with the visibility rule written out
 * by hand.
 */
@IntegrationTest
class HomePortfolioTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void repSeesTheCountOfTheirOwnCustomers() throws Exception {
		long own = count(
				"select count(*) from customer c join app_user u on u.id = c.owner_id where u.username = 'rep2'");
		long ownA = count("select count(*) from customer c join app_user u on u.id = c.owner_id "
				+ "where u.username = 'rep2' and c.customer_class = 'A'");
		String page = home("rep2");
		assertThat(own).isPositive();
		assertThat(figure(page, "portfolioTotal")).isEqualTo(own);
		assertThat(figure(page, "portfolioClassA")).isEqualTo(ownA);
		assertThat(page).contains("我的客户");
	}

	@Test
	void managerSeesTheirTeamsCustomersAndDirectorAllOwnedOnes() throws Exception {
		long team = count("select count(*) from customer c join app_user u on u.id = c.owner_id "
				+ "join sales_team t on t.id = u.team_id join app_user m on m.id = t.manager_id "
				+ "where m.username = 'manager2'");
		long owned = count("select count(*) from customer where owner_id is not null");
		assertThat(figure(home("manager2"), "portfolioTotal")).isEqualTo(team);
		assertThat(figure(home("director"), "portfolioTotal")).isEqualTo(owned);
		assertThat(team).isLessThan(owned);
	}

	@Test
	void supportStaffSeeNoCustomerFigures() throws Exception {
		assertThat(home("support1")).doesNotContain("id=\"portfolio\"");
	}

	private String home(String username) throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		return this.mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static long figure(String page, String id) {
		int at = page.indexOf("id=\"" + id + "\"");
		assertThat(at).as("figure %s on the page", id).isPositive();
		String value = page.substring(page.indexOf('>', at) + 1, page.indexOf('<', at));
		return Long.parseLong(value.replace(",", "").trim());
	}

}
