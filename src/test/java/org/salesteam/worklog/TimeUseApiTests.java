package org.salesteam.worklog;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Time logged through {@code /api/v1/time-entries} and summed by
 * {@code /api/v1/time-use/summary}, with ratios and shares computed by hand. The days
 * used lie three years back, before the demo's two years of time logs; each test uses its
 * own days.
 */
@IntegrationTest
class TimeUseApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private LocalDate base;

	@BeforeEach
	void base() {
		this.base = LocalDate.now(this.clock).minusYears(3);
	}

	@Test
	void theRatioOfARepsPeriodIsSellingOverNonSelling() throws Exception {
		LocalDate first = this.base.minusDays(10);
		LocalDate second = first.plusDays(1);
		logDay("rep4", first, "\"SELLING_FACE_TO_FACE\":120,\"SELLING_PHONE\":60,\"TRAVEL\":90,\"WAITING\":30")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalMinutes").value(300));
		logDay("rep4", second, "\"SELLING_FACE_TO_FACE\":100,\"ADMIN\":50").andExpect(status().isOk());
		// first day: 180 / 120 = 1.50
		summary("rep4", "rep4", first, first).andExpect(jsonPath("$.ratio").value(1.5))
			.andExpect(jsonPath("$.sellingMinutes").value(180))
			.andExpect(jsonPath("$.nonSellingMinutes").value(120));
		// both days: (180 + 100) / (120 + 50) = 280 / 170 = 1.647… → 1.65
		summary("rep4", "rep4", first, second).andExpect(jsonPath("$.ratio").value(1.65))
			.andExpect(jsonPath("$.daysLogged").value(2))
			.andExpect(jsonPath("$.minutes.SELLING_FACE_TO_FACE").value(220))
			.andExpect(jsonPath("$.minutes.SERVICE").value(0))
			.andExpect(jsonPath("$.families").value(nullValue()));
		WorklogApi.get(this.mvc, "rep4", "/api/v1/time-entries?from=%s&to=%s".formatted(first, second))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].minutes.ADMIN").value(50));
	}

	@Test
	void theRatioIsNullWhenThereIsNoNonSellingTimeAndADayIsReplacedAsAWhole() throws Exception {
		LocalDate day = this.base.minusDays(20);
		logDay("rep5", day, "\"SELLING_FACE_TO_FACE\":200,\"TRAVEL\":40").andExpect(status().isOk());
		logDay("rep5", day, "\"SELLING_PHONE\":90").andExpect(status().isOk());
		summary("rep5", null, day, day).andExpect(status().isOk())
			.andExpect(jsonPath("$.ratio").value(nullValue()))
			.andExpect(jsonPath("$.sellingMinutes").value(90))
			.andExpect(jsonPath("$.minutes.TRAVEL").value(0));
	}

	@Test
	void aManagersFamiliesAreSharesOfTheFamilyTimeAgainstTheBenchmark() throws Exception {
		LocalDate day = this.base.minusDays(30);
		logDay("manager2", day, "\"FAMILY_SALES\":180,\"FAMILY_PERSONNEL\":120,\"FAMILY_MARKETING\":60,"
				+ "\"FAMILY_ADMINISTRATION\":90,\"FAMILY_FINANCE\":30")
			.andExpect(status().isOk());
		// 480 minutes: 180/480 = 0.375, 120/480 = 0.25, 60/480 = 0.125, 90/480 = 0.1875,
		// 30/480 = 0.0625
		summary("manager2", "manager2", day, day).andExpect(jsonPath("$.familyMinutes").value(480))
			.andExpect(jsonPath("$.families", hasSize(5)))
			.andExpect(jsonPath("$.families[0].family").value("FAMILY_SALES"))
			.andExpect(jsonPath("$.families[0].share").value(0.375))
			.andExpect(jsonPath("$.families[0].benchmark").value(0.36))
			.andExpect(jsonPath("$.families[1].share").value(0.25))
			.andExpect(jsonPath("$.families[2].share").value(0.125))
			.andExpect(jsonPath("$.families[3].share").value(0.1875))
			.andExpect(jsonPath("$.families[4].share").value(0.0625))
			.andExpect(jsonPath("$.families[4].benchmark").value(0.08))
			.andExpect(jsonPath("$.ratio").value(nullValue()));
		// a day without family time: every share is undefined
		summary("manager2", "manager2", day.minusDays(1), day.minusDays(1))
			.andExpect(jsonPath("$.families[0].share").value(nullValue()));
	}

	@Test
	void aRepSeesOwnTimeAManagerTheTeamsAndADirectorEveryones() throws Exception {
		LocalDate day = this.base.minusDays(40);
		logDay("rep1", day, "\"SELLING_FACE_TO_FACE\":60,\"TRAVEL\":60").andExpect(status().isOk());
		summary("rep1", "rep1", day, day).andExpect(status().isOk());
		summary("rep2", "rep1", day, day).andExpect(status().isNotFound());
		summary("manager1", "rep1", day, day).andExpect(status().isOk()).andExpect(jsonPath("$.ratio").value(1.0));
		summary("manager2", "rep1", day, day).andExpect(status().isNotFound());
		summary("director", "rep1", day, day).andExpect(status().isOk());
		summary("support1", "rep1", day, day).andExpect(status().isNotFound());
		WorklogApi.get(this.mvc, "rep2", "/api/v1/time-entries?username=rep1&from=%s&to=%s".formatted(day, day))
			.andExpect(status().isNotFound());
	}

	@Test
	void nobodyLogsForSomeoneElseAndBrokenRulesWriteNothing() throws Exception {
		LocalDate day = this.base.minusDays(50);
		long before = WorklogApi.count(this.jdbc, "time_entry");
		WorklogApi.post(this.mvc, "rep2", "/api/v1/time-entries", """
				{"date":"%s","username":"rep1","minutes":{"TRAVEL":30}}
				""".formatted(day)).andExpect(status().isNotFound());
		WorklogApi.post(this.mvc, "manager1", "/api/v1/time-entries", """
				{"date":"%s","username":"rep1","minutes":{"TRAVEL":30}}
				""".formatted(day)).andExpect(status().isNotFound());
		logDay("rep1", day, "\"FAMILY_SALES\":60").andExpect(status().isUnprocessableContent());
		logDay("rep1", day, "\"SELLING_FACE_TO_FACE\":900,\"TRAVEL\":600").andExpect(status().isUnprocessableContent());
		logDay("rep1", LocalDate.now(this.clock).plusDays(1), "\"TRAVEL\":30")
			.andExpect(status().isUnprocessableContent());
		logDay("rep1", day, "\"TRAVEL\":-5").andExpect(status().isBadRequest());
		logDay("support1", day, "\"TRAVEL\":30").andExpect(status().isForbidden());
		assertThat(WorklogApi.count(this.jdbc, "time_entry")).isEqualTo(before);
	}

	private org.springframework.test.web.servlet.ResultActions logDay(String user, LocalDate day, String minutes)
			throws Exception {
		return WorklogApi.post(this.mvc, user, "/api/v1/time-entries",
				"{\"date\":\"%s\",\"minutes\":{%s}}".formatted(day, minutes));
	}

	private org.springframework.test.web.servlet.ResultActions summary(String user, String username, LocalDate from,
			LocalDate to) throws Exception {
		return WorklogApi.get(this.mvc, user, "/api/v1/time-use/summary?from=%s&to=%s%s".formatted(from, to,
				(username != null) ? "&username=" + username : ""));
	}

}
