package org.salesteam.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.evaluation.internal.ImbalanceThresholds;
import org.salesteam.evaluation.internal.StoredFlagsJob;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The flags of closed periods are stored (ADR 0044): the first read of last year stores
 * every rated rep's flags with their evidence, later reads serve the store (a stored row
 * written here by hand comes back as written), a threshold change applies from its day
 * and rewrites no closed period, the nightly job stores the last closed month, quarter
 * and year, and the pages say which kind of flags they show.
 */
@IntegrationTest
class StoredFlagsTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private static final int LAST_YEAR = TODAY.getYear() - 1;

	private static final String LAST_YEAR_RANGE = "from=" + LAST_YEAR + "-01-01&to=" + LAST_YEAR + "-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImbalanceThresholds thresholds;

	@Autowired
	StoredFlagsJob job;

	private String read(String user, MockHttpServletRequestBuilder request) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String companyTable(String range) throws Exception {
		return read("director", get("/api/v1/scorecards?scope=company&" + range));
	}

	private void forget(LocalDate from, LocalDate to) {
		this.jdbc.sql("delete from stored_flag where period_from = :from and period_to = :to")
			.param("from", from)
			.param("to", to)
			.update();
		this.jdbc.sql("delete from flag_period where period_from = :from and period_to = :to")
			.param("from", from)
			.param("to", to)
			.update();
	}

	private int storedPeriods(LocalDate from, LocalDate to) {
		return this.jdbc.sql("select count(*) from flag_period where period_from = :from and period_to = :to")
			.param("from", from)
			.param("to", to)
			.query(Integer.class)
			.single();
	}

	private static LocalDate lastYear(int month, int day) {
		return LocalDate.of(LAST_YEAR, month, day);
	}

	@Test
	void aClosedYearsFlagsAreStoredOnFirstReadAndServedFromTheStore() throws Exception {
		forget(lastYear(1, 1), lastYear(12, 31));
		String first = companyTable(LAST_YEAR_RANGE);
		assertThat(storedPeriods(lastYear(1, 1), lastYear(12, 31))).isEqualTo(1);
		List<String> flagged = JsonPath.read(first, "$.rows[*].flags[*].code");
		Integer stored = this.jdbc.sql("select count(*) from stored_flag where period_from = :from and period_to = :to")
			.param("from", lastYear(1, 1))
			.param("to", lastYear(12, 31))
			.query(Integer.class)
			.single();
		assertThat(stored).isEqualTo(flagged.size()).isPositive();
		List<String> rep3 = this.jdbc.sql("""
				select f.code from stored_flag f join app_user u on u.id = f.user_id
				where u.username = 'rep3' and f.period_from = :from and f.period_to = :to""")
			.param("from", lastYear(1, 1))
			.param("to", lastYear(12, 31))
			.query(String.class)
			.list();
		assertThat(rep3).contains("VOLUME_OVER_MARGIN", "NO_NEW_BUSINESS");

		// the second read gives the same flags and evidence, numbers with their scale
		String second = companyTable(LAST_YEAR_RANGE);
		String evidence = "$.rows[?(@.username == 'rep3')].flags[?(@.code == 'VOLUME_OVER_MARGIN')].evidence";
		assertThat((Object) JsonPath.read(second, evidence)).isEqualTo(JsonPath.read(first, evidence));
		assertThat((Object) JsonPath.read(second, "$.rows[*].flags[*].code")).isEqualTo(flagged);

		// a flag written into the store by hand is what the scorecard shows: it is not
		// recomputed
		this.jdbc.sql("""
				delete from stored_flag where period_from = :from and period_to = :to and code = 'CONCENTRATION'
				and user_id = (select id from app_user where username = 'rep7')""")
			.param("from", lastYear(1, 1))
			.param("to", lastYear(12, 31))
			.update();
		this.jdbc.sql("""
				insert into stored_flag (period_from, period_to, user_id, code, flag_no, positive, evidence)
				select :from, :to, id, 'CONCENTRATION', 9, false,
				       '{"values":{"TOP3_SHARE":0.7125},"percentiles":{"TOP3_SHARE":null},'
				       || '"peerMedians":{"TOP3_SHARE":0.4050},"thresholds":{"TOP3_SHARE_MIN":0.6000},'
				       || '"links":{"orders":"/orders?ownerId=' || cast(id as varchar(20)) || '"}}'
				from app_user where username = 'rep7'""")
			.param("from", lastYear(1, 1))
			.param("to", lastYear(12, 31))
			.update();
		String third = read("director", get("/api/v1/scorecards/rep7?" + LAST_YEAR_RANGE));
		List<Object> top3 = JsonPath.read(third, "$.flags[?(@.code == 'CONCENTRATION')].evidence.values.TOP3_SHARE");
		assertThat(new BigDecimal(top3.get(0).toString())).isEqualByComparingTo("0.7125");
		List<Object> median = JsonPath.read(third,
				"$.flags[?(@.code == 'CONCENTRATION')].evidence.peerMedians.TOP3_SHARE");
		assertThat(new BigDecimal(median.get(0).toString())).isEqualByComparingTo("0.405");
		// the person page shows the stored evidence as well
		String page = page("director", "/evaluation/scorecards/rep7?year=" + LAST_YEAR + "&lang=en");
		assertThat(page).contains("id=\"flag-CONCENTRATION\"").contains("71.3%").contains("stored on");
		forget(lastYear(1, 1), lastYear(12, 31));
	}

	@Test
	void aThresholdChangeAppliesFromItsDayAndRewritesNoClosedPeriod() throws Exception {
		String before = companyTable(LAST_YEAR_RANGE);
		String highOfRep3 = "$.rows[?(@.username == 'rep3')].flags[?(@.code == 'VOLUME_OVER_MARGIN')]"
				+ ".evidence.thresholds.HIGH_PERCENTILE";
		assertThat((List<Object>) JsonPath.read(before, highOfRep3)).hasSize(1);
		try {
			read("director", put("/api/v1/imbalance-thresholds").contentType(MediaType.APPLICATION_JSON)
				.content("{\"HIGH_PERCENTILE\":100}"));
			assertThat(this.thresholds.applyingOn(TODAY).get("HIGH_PERCENTILE")).isEqualByComparingTo("100");
			assertThat(this.thresholds.applyingOn(TODAY.minusDays(1)).get("HIGH_PERCENTILE"))
				.isEqualByComparingTo("75");
			// the stored year keeps its flag and the threshold that raised it
			List<Object> stored = JsonPath.read(companyTable(LAST_YEAR_RANGE), highOfRep3);
			assertThat(new BigDecimal(stored.get(0).toString())).isEqualByComparingTo("75");
			// a closed range that is not stored is computed with the thresholds of its
			// last day
			String almostYear = "from=" + LAST_YEAR + "-01-01&to=" + LAST_YEAR + "-12-30";
			List<Object> live = JsonPath.read(companyTable(almostYear),
					"$.rows[*].flags[*].evidence.thresholds" + ".HIGH_PERCENTILE");
			assertThat(live).isNotEmpty()
				.allSatisfy((value) -> assertThat(new BigDecimal(value.toString())).isEqualByComparingTo("75"));
			assertThat(storedPeriods(lastYear(1, 1), lastYear(12, 30))).isZero();
			// this year is open: its flags use today's change
			String thisYear = "from=" + TODAY.getYear() + "-01-01&to=" + TODAY.getYear() + "-12-31";
			List<Object> open = JsonPath.read(companyTable(thisYear),
					"$.rows[*].flags[*].evidence.thresholds.HIGH_PERCENTILE");
			assertThat(open)
				.allSatisfy((value) -> assertThat(new BigDecimal(value.toString())).isEqualByComparingTo("100"));
		}
		finally {
			read("director", put("/api/v1/imbalance-thresholds").contentType(MediaType.APPLICATION_JSON)
				.content("{\"HIGH_PERCENTILE\":75}"));
		}
		assertThat(this.thresholds.applyingOn(TODAY).get("HIGH_PERCENTILE")).isEqualByComparingTo("75");
	}

	@Test
	void theNightlyJobStoresTheLastClosedMonthQuarterAndYear() {
		LocalDate month = TODAY.withDayOfMonth(1).minusMonths(1);
		LocalDate quarterStart = TODAY.withDayOfMonth(1).withMonth((TODAY.getMonthValue() - 1) / 3 * 3 + 1);
		List<LocalDate[]> periods = List.of(new LocalDate[] { month, month.plusMonths(1).minusDays(1) },
				new LocalDate[] { quarterStart.minusMonths(3), quarterStart.minusDays(1) },
				new LocalDate[] { lastYear(1, 1), lastYear(12, 31) });
		periods.forEach((period) -> forget(period[0], period[1]));
		this.job.storeLastClosed();
		periods
			.forEach((period) -> assertThat(storedPeriods(period[0], period[1])).as(period[0].toString()).isEqualTo(1));
		// run again: nothing stored twice
		this.job.storeLastClosed();
		periods.forEach((period) -> assertThat(storedPeriods(period[0], period[1])).isEqualTo(1));
	}

	@Test
	void theTablePageSaysWhetherItsFlagsAreStoredOrLive() throws Exception {
		String closed = page("director", "/evaluation/scorecards?scope=company&year=" + LAST_YEAR + "&lang=zh-CN");
		assertThat(closed).contains("id=\"flagSource\"").contains("本期已结束").contains("不改写已保存的历史");
		String open = page("director", "/evaluation/scorecards?scope=company&year=" + TODAY.getYear() + "&lang=en");
		assertThat(open).contains("This period is still open");
	}

	/** A page as the user sees it after signing in. */
	private String page(String user, String path) throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc.perform(formLogin("/login").user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
