package org.salesteam.visit;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar views and the private iCalendar feed: opened by its token only, renewed
 * and revoked.
 */
@IntegrationTest
class VisitCalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFeedListsTheRepsVisitsUntilItsTokenIsRenewedOrRevoked() throws Exception {
		MockHttpSession rep5 = VisitApi.signIn(this.mvc, "rep5");
		this.mvc.perform(post("/visits/calendar/feed").session(rep5).with(csrf())).andExpect(status().isSeeOther());
		String token = this.jdbc.sql("""
				select t.token from visit_calendar_token t join app_user u on u.id = t.rep_id where u.username = 'rep5'
				""").query(String.class).single();
		this.mvc.perform(get("/visits/calendar").session(rep5))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/visit-calendar/" + token + ".ics")));
		this.mvc.perform(get("/visits/calendar").param("view", "month").session(rep5)).andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/visit-calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andExpect(content().string(containsString("BEGIN:VCALENDAR\r\n")))
			.andExpect(content().string(containsString("BEGIN:VEVENT\r\nUID:visit-")))
			.andExpect(content().string(containsString("DTSTART;TZID=Asia/Shanghai:")))
			.andExpect(content().string(not(containsString("Customer")))); // customer
																			// names are
																			// Chinese

		this.mvc.perform(post("/visits/calendar/feed").session(rep5).with(csrf())).andExpect(status().isSeeOther());
		this.mvc.perform(get("/api/v1/visit-calendar/" + token + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(post("/visits/calendar/feed/revoke").session(rep5).with(csrf()))
			.andExpect(status().isSeeOther());
		assertThat(this.jdbc
			.sql("select count(*) from visit_calendar_token t join app_user u on u.id = t.rep_id "
					+ "where u.username = 'rep5'")
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/api/v1/visit-calendar/nothing.ics")).andExpect(status().isNotFound());
	}

	@Test
	void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() {
		StringBuilder out = new StringBuilder();
		org.salesteam.visit.internal.VisitCalendar.line(out, "SUMMARY:" + "拜访".repeat(30));
		for (String line : out.toString().split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "拜访".repeat(30) + "\r\n");
	}

}
