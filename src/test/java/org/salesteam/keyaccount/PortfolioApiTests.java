package org.salesteam.keyaccount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portfolio analysis through its API contract: who may run it, the weights and score
 * ranges (422 naming the field), an invisible customer (404, nothing written), and the
 * matrix of two scorers worked by hand.
 */
@IntegrationTest
class PortfolioApiTests {

	private static final String FACTORS = """
			[{"name":"volume","weight":60},{"name":"margin","weight":40}]""";

	private static final String SUCCESS = """
			[{"name":"price","weight":50},{"name":"quality","weight":50}]""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private long create(String user) throws Exception {
		String body = call(user, post("/api/v1/portfolios"), """
				{"name":"华东一部重点客户","year":2026,"scope":"keyaccounts:%s"}""".formatted(user))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** Customers owned in the team of {@code manager}, lowest ids first. */
	private List<Long> customersOfTeam(String manager, int count) {
		return this.jdbc.sql("""
				select c.id from customer c join app_user u on u.id = c.owner_id
				join sales_team t on t.id = u.team_id join app_user m on m.id = t.manager_id
				where m.username = :m
				and c.id not in (select a.customer_id from account_team_member a
				                 join app_user x on x.id = a.user_id where x.username in ('manager1', 'manager2'))
				order by c.id fetch first %d rows only""".formatted(count))
			.param("m", manager)
			.query(Long.class)
			.list();
	}

	private String scores(String scorer, double volume, double margin, double priceUs, double priceBest,
			double qualityUs, double qualityBest) {
		return """
				{"scorer":"%s","factors":{"volume":%s,"margin":%s},
				 "successFactors":{"price":{"us":%s,"best":%s},"quality":{"us":%s,"best":%s}}}""".formatted(scorer,
				volume, margin, priceUs, priceBest, qualityUs, qualityBest);
	}

	@Test
	void aRepMayNotRunAPortfolioAnalysis() throws Exception {
		call("rep1", post("/api/v1/portfolios"), """
				{"name":"x","year":2026,"scope":"keyaccounts:rep1"}""").andExpect(status().isForbidden());
		long id = create("manager1");
		call("rep1", get("/api/v1/portfolios/" + id + "/matrix"), null).andExpect(status().isForbidden());
		call("manager2", get("/api/v1/portfolios/" + id + "/matrix"), null).andExpect(status().isNotFound());
		call("director", get("/api/v1/portfolios/" + id + "/matrix"), null).andExpect(status().isOk());
	}

	@Test
	void twoScorersMakeTheMatrix() throws Exception {
		long id = create("manager1");
		List<Long> accounts = customersOfTeam("manager1", 3);
		long a = accounts.get(0);
		long b = accounts.get(1);
		long c = accounts.get(2);
		call("manager1", put("/api/v1/portfolios/" + id + "/accounts"), "[%d,%d,%d]".formatted(a, b, c))
			.andExpect(status().isOk());
		call("manager1", put("/api/v1/portfolios/" + id + "/factors"), FACTORS).andExpect(status().isOk());
		call("manager1", put("/api/v1/portfolios/" + id + "/success-factors"), SUCCESS).andExpect(status().isOk());
		String scoresOf = "/api/v1/portfolios/" + id + "/accounts/%d/scores";
		// a: volume 8 and 4 (mean 6, σ 2 → flagged), margin 5 and 5 (mean 5, σ 0)
		// AA = (60·6 + 40·5) ÷ 100 = 5.6; RS = (50·6 + 50·4) ÷ (50·4 + 50·6) = 1.0 →
		// STRATEGIC
		call("manager1", put(scoresOf.formatted(a)), scores("王经理", 8, 5, 6, 4, 4, 6)).andExpect(status().isOk());
		call("manager1", put(scoresOf.formatted(a)), scores("生产部", 4, 5, 6, 4, 4, 6)).andExpect(status().isOk());
		// b: AA = (60·3 + 40·2) ÷ 100 = 2.6; RS = (50·2 + 50·4) ÷ (50·8 + 50·4) = 0.5 →
		// STREAMLINE
		call("manager1", put(scoresOf.formatted(b)), scores("王经理", 3, 2, 2, 8, 4, 4)).andExpect(status().isOk());
		// c: the competitor scored 0 everywhere → RS undefined, no box; AA = (60·9 +
		// 40·7) ÷ 100 = 8.2
		call("manager1", put(scoresOf.formatted(c)), scores("王经理", 9, 7, 5, 0, 5, 0)).andExpect(status().isOk());
		// the same scorer again replaces their own row only
		call("manager1", put(scoresOf.formatted(b)), scores("王经理", 3, 2, 2, 8, 4, 4)).andExpect(status().isOk());

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		BigDecimal salesOfA = this.jdbc.sql("""
				select coalesce(sum(net_amount), 0) from sales_order where customer_id = :c
				and status in ('CONFIRMED', 'DELIVERED') and order_date > :from and order_date <= :to""")
			.param("c", a)
			.param("from", today.minusDays(365))
			.param("to", today)
			.query(BigDecimal.class)
			.single();
		call("manager1", get("/api/v1/portfolios/" + id + "/matrix"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.cut").value(5.0))
			.andExpect(jsonPath("$.rows.length()").value(3))
			.andExpect(jsonPath("$.rows[0].customerId").value(a))
			.andExpect(jsonPath("$.rows[0].attractiveness").value(closeTo(5.6, 1e-9)))
			.andExpect(jsonPath("$.rows[0].relativeStrength").value(closeTo(1.0, 1e-9)))
			.andExpect(jsonPath("$.rows[0].box").value("STRATEGIC"))
			.andExpect(jsonPath("$.rows[0].sales12m").value(closeTo(salesOfA.doubleValue(), 0.001)))
			.andExpect(jsonPath("$.rows[0].scoreSpread.volume.deviation").value(closeTo(2.0, 1e-9)))
			.andExpect(jsonPath("$.rows[0].scoreSpread.volume.flagged").value(true))
			.andExpect(jsonPath("$.rows[0].scoreSpread.margin.deviation").value(closeTo(0.0, 1e-9)))
			.andExpect(jsonPath("$.rows[0].scoreSpread.margin.flagged").value(false))
			.andExpect(jsonPath("$.rows[0].scorers.length()").value(2))
			.andExpect(jsonPath("$.rows[1].attractiveness").value(closeTo(2.6, 1e-9)))
			.andExpect(jsonPath("$.rows[1].relativeStrength").value(closeTo(0.5, 1e-9)))
			.andExpect(jsonPath("$.rows[1].box").value("STREAMLINE"))
			.andExpect(jsonPath("$.rows[1].scorers.length()").value(1))
			.andExpect(jsonPath("$.rows[2].attractiveness").value(closeTo(8.2, 1e-9)))
			.andExpect(jsonPath("$.rows[2].relativeStrength").value(nullValue()))
			.andExpect(jsonPath("$.rows[2].box").value(nullValue()));
	}

	@Test
	void weightsMustAddUpToAHundredAndScoresStayOnZeroToTen() throws Exception {
		long id = create("manager1");
		long a = customersOfTeam("manager1", 1).get(0);
		call("manager1", put("/api/v1/portfolios/" + id + "/factors"), """
				[{"name":"volume","weight":60},{"name":"margin","weight":30}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("factors"));
		call("manager1", put("/api/v1/portfolios/" + id + "/success-factors"), """
				[{"name":"price","weight":60},{"name":"quality","weight":50}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("successFactors"));
		call("manager1", put("/api/v1/portfolios/" + id + "/accounts"), "[%d]".formatted(a)).andExpect(status().isOk());
		call("manager1", put("/api/v1/portfolios/" + id + "/factors"), FACTORS).andExpect(status().isOk());
		call("manager1", put("/api/v1/portfolios/" + id + "/success-factors"), SUCCESS).andExpect(status().isOk());
		String scoresOf = "/api/v1/portfolios/" + id + "/accounts/" + a + "/scores";
		call("manager1", put(scoresOf), scores("x", 11, 5, 5, 5, 5, 5)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("factors.volume"));
		call("manager1", put(scoresOf), scores("x", 5, 5, 5, -1, 5, 5)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("successFactors.price.best"));
		call("manager1", put(scoresOf), """
				{"factors":{"payment":5}}""").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("factors.payment"));
		assertThat(this.jdbc.sql("select count(*) from ka_portfolio_score where portfolio_id = :p")
			.param("p", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anInvisibleCustomerIsNotFoundAndNothingIsWritten() throws Exception {
		long id = create("manager1");
		List<Long> own = customersOfTeam("manager1", 2);
		long foreign = customersOfTeam("manager2", 1).get(0);
		call("manager1", put("/api/v1/portfolios/" + id + "/accounts"), "[%d]".formatted(own.get(0)))
			.andExpect(status().isOk());
		call("manager1", put("/api/v1/portfolios/" + id + "/accounts"), "[%d,%d]".formatted(own.get(1), foreign))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select customer_id from ka_portfolio_account where portfolio_id = :p")
			.param("p", id)
			.query(Long.class)
			.list()).containsExactly(own.get(0));
		call("manager1", put("/api/v1/portfolios/" + id + "/accounts/" + foreign + "/scores"), """
				{"factors":{}}""").andExpect(status().isNotFound());
	}

	@Test
	void theMatrixPageShowsTheTableAndTheChartToItsOwnerOnly() throws Exception {
		long id = create("manager1");
		long a = customersOfTeam("manager1", 1).get(0);
		call("manager1", put("/api/v1/portfolios/" + id + "/accounts"), "[%d]".formatted(a)).andExpect(status().isOk());
		call("manager1", put("/api/v1/portfolios/" + id + "/factors"), FACTORS).andExpect(status().isOk());
		call("manager1", put("/api/v1/portfolios/" + id + "/success-factors"), SUCCESS).andExpect(status().isOk());
		call("manager1", put("/api/v1/portfolios/" + id + "/accounts/" + a + "/scores"), scores("x", 8, 5, 6, 4, 4, 6))
			.andExpect(status().isOk());
		org.springframework.mock.web.MockHttpSession manager = signIn("manager1");
		String page = this.mvc.perform(get("/key-accounts/portfolios/" + id).session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// AA = (60·8 + 40·5) ÷ 100 = 6.8; RS = (50·6 + 50·4) ÷ (50·4 + 50·6) = 1.0 → 战略型
		assertThat(page).contains("id=\"matrixTable\"", "6.8", "战略型");
		this.mvc.perform(get("/key-accounts/portfolios/" + id + "/chart").session(manager))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.xAxis.type").value("log"))
			.andExpect(jsonPath("$.series[0].data[0].value[0]").value(closeTo(1.0, 1e-9)))
			.andExpect(jsonPath("$.series[0].data[0].value[1]").value(closeTo(6.8, 1e-9)));
		this.mvc.perform(get("/key-accounts/portfolios/" + id).session(signIn("manager2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/key-accounts").session(manager))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/key-accounts/portfolios/" + id)));
	}

	private org.springframework.mock.web.MockHttpSession signIn(String username) throws Exception {
		return (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user(username)
				.password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
