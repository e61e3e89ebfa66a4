package org.salesteam.keyaccount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Steps ④ (scoring scales), ⑤ (scores pre-filled from data), ⑨ (three-year forecast) and
 * the year-end lock (ADR 0041), worked by hand on a customer of rep1 with an annual
 * purchase potential of ¥900,000 and orders placed by the test.
 */
@IntegrationTest
class PortfolioStepsApiTests {

	private static final String FACTORS = """
			[{"name":"增长","weight":30},{"name":"毛利","weight":20},{"name":"潜力","weight":20},
			 {"name":"钱包份额","weight":15},{"name":"战略契合","weight":15}]""";

	/**
	 * Growth: below 0 → 2, 0–10 % → 5, 10–25 % → 7, from 25 % → 10. Margin: below 15 % →
	 * 3, 15–25 % → 6, from 25 % → 9. Potential: below ¥500,000 → 4, up to ¥2m → 8, more →
	 * 10. Share of wallet (the smaller our share, the more is left to win): below 20 % →
	 * 9, 20–50 % → 6, from 50 % → 3. Strategic fit by judgement.
	 */
	private static final String SCALES = """
			[{"factor":"增长","measure":"GROWTH","bands":[{"score":2,"upper":0},{"score":5,"lower":0,"upper":10},
			   {"score":7,"lower":10,"upper":25},{"score":10,"lower":25}]},
			 {"factor":"毛利","measure":"MARGIN","bands":[{"score":3,"upper":15},{"score":6,"lower":15,"upper":25},
			   {"score":9,"lower":25}]},
			 {"factor":"潜力","measure":"POTENTIAL","bands":[{"score":4,"upper":500000},
			   {"score":8,"lower":500000,"upper":2000000},{"score":10,"lower":2000000}]},
			 {"factor":"钱包份额","measure":"SHARE_OF_WALLET","bands":[{"score":9,"upper":20},
			   {"score":6,"lower":20,"upper":50},{"score":3,"lower":50}]},
			 {"factor":"战略契合","bands":[{"score":2,"label":"与我们的方向无关"},{"score":8,"label":"核心行业的标杆客户"}]}]""";

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private KeyAccountCalls calls() {
		return new KeyAccountCalls(this.mvc);
	}

	/**
	 * A portfolio of manager1 over one new account of rep1 with the factors and scales.
	 */
	private long[] portfolioWithScales() throws Exception {
		long customer = calls().customer("rep1", "组合步骤测试客户");
		long id = KeyAccountCalls.id(calls().call("manager1", post("/api/v1/portfolios"), """
				{"name":"步骤测试","year":2031,"scope":"keyaccounts:steps"}""")
			.andExpect(status().isCreated())
			.andReturn());
		String base = "/api/v1/portfolios/" + id;
		calls().call("manager1", put(base + "/accounts"), "[" + customer + "]").andExpect(status().isOk());
		calls().call("manager1", put(base + "/factors"), FACTORS).andExpect(status().isOk());
		calls().call("manager1", put(base + "/success-factors"), """
				[{"name":"价格","weight":50},{"name":"质量","weight":50}]""").andExpect(status().isOk());
		calls().call("manager1", put(base + "/scales"), SCALES).andExpect(status().isNoContent());
		return new long[] { id, customer };
	}

	private void order(long customer, LocalDate date, String status, String amount, String cost) {
		long id = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
		this.jdbc
			.sql("""
					insert into sales_order (id, order_number, customer_id, order_date, status, net_amount, cost, created_at)
					values (:id, :number, :customer, :date, :status, :amount, :cost, current_timestamp)""")
			.param("id", id)
			.param("number", "STEPS-" + id)
			.param("customer", customer)
			.param("date", date)
			.param("status", status)
			.param("amount", new BigDecimal(amount))
			.param("cost", new BigDecimal(cost))
			.update();
	}

	@Test
	void theDataPreFillsTheMeasuredFactorsThroughTheirBands() throws Exception {
		long[] portfolio = portfolioWithScales();
		long customer = portfolio[1];
		// last 12 months: ¥300,000 at a cost of ¥240,000; the 12 before: ¥250,000; a
		// cancelled order counts for nothing
		order(customer, this.today.minusDays(10), "DELIVERED", "300000", "240000");
		order(customer, this.today.minusDays(400), "DELIVERED", "250000", "200000");
		order(customer, this.today.minusDays(5), "CANCELLED", "1000000", "0");
		// growth (300,000 − 250,000) ÷ 250,000 = 20.0 % → 7; margin 60,000 ÷ 300,000 =
		// 20.0 % → 6; potential 900,000 → 8; share of wallet 300,000 ÷ 900,000 = 33.3 % →
		// 6
		String prefill = "/api/v1/portfolios/" + portfolio[0] + "/accounts/" + customer + "/prefill";
		calls().call("manager1", get(prefill), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.factors['增长']").value(7))
			.andExpect(jsonPath("$.factors['毛利']").value(6))
			.andExpect(jsonPath("$.factors['潜力']").value(8))
			.andExpect(jsonPath("$.factors['钱包份额']").value(6))
			.andExpect(jsonPath("$.factors['战略契合']").doesNotExist())
			.andExpect(jsonPath("$.measures.length()").value(4))
			.andExpect(jsonPath("$.measures[0].value").value(closeTo(20.0, 1e-9)))
			.andExpect(jsonPath("$.measures[1].value").value(closeTo(20.0, 1e-9)))
			.andExpect(jsonPath("$.measures[2].value").value(closeTo(900000.0, 1e-6)))
			.andExpect(jsonPath("$.measures[3].measure").value("SHARE_OF_WALLET"))
			.andExpect(jsonPath("$.measures[3].value").value(closeTo(33.3, 1e-9)));
		calls().call("manager1", get("/api/v1/portfolios/" + portfolio[0] + "/scales"), null)
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$[0].factor").value("增长"))
			.andExpect(jsonPath("$[0].bands.length()").value(4))
			.andExpect(jsonPath("$[4].measure").value(nullValue()))
			.andExpect(jsonPath("$[4].bands[1].label").value("核心行业的标杆客户"));
		// the scorer takes the pre-filled scores and judges strategic fit 8:
		// AA = (30·7 + 20·6 + 20·8 + 15·6 + 15·8) ÷ 100 = 700 ÷ 100 = 7.0
		// RS = (50·6 + 50·6) ÷ (50·4 + 50·6) = 600 ÷ 500 = 1.2 → STRATEGIC
		String base = "/api/v1/portfolios/" + portfolio[0];
		calls().call("manager1", put(base + "/accounts/" + customer + "/scores"), """
				{"scorer":"小组","factors":{"增长":7,"毛利":6,"潜力":8,"钱包份额":6,"战略契合":8},
				 "successFactors":{"价格":{"us":6,"best":4},"质量":{"us":6,"best":6}}}""").andExpect(status().isOk());
		// in three years: AA 8.5, RS 0.8 → STAR, ¥600,000 a year
		calls().call("manager1", put(base + "/accounts/" + customer + "/forecast"), """
				{"attractiveness":8.5,"relativeStrength":0.8,"sales":600000}""").andExpect(status().isNoContent());
		calls().call("manager1", get(base + "/matrix"), null)
			.andExpect(jsonPath("$.lockedOn").value(nullValue()))
			.andExpect(jsonPath("$.rows[0].attractiveness").value(closeTo(7.0, 1e-9)))
			.andExpect(jsonPath("$.rows[0].relativeStrength").value(closeTo(1.2, 1e-9)))
			.andExpect(jsonPath("$.rows[0].box").value("STRATEGIC"))
			.andExpect(jsonPath("$.rows[0].sales12m").value(closeTo(300000.0, 1e-6)))
			.andExpect(jsonPath("$.rows[0].forecast.box").value("STAR"))
			.andExpect(jsonPath("$.rows[0].forecast.sales").value(closeTo(600000.0, 1e-6)));
	}

	@Test
	void aLockedPortfolioIsAFixedSnapshotUntilADirectorReopensIt() throws Exception {
		long[] portfolio = portfolioWithScales();
		long customer = portfolio[1];
		String base = "/api/v1/portfolios/" + portfolio[0];
		order(customer, this.today.minusDays(10), "DELIVERED", "300000", "240000");
		order(customer, this.today.minusDays(400), "DELIVERED", "250000", "200000");
		calls().call("manager1", post(base + "/lock"), null).andExpect(status().isNoContent());
		calls().call("manager1", put(base + "/accounts/" + customer + "/scores"), """
				{"factors":{"增长":5}}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("portfolio"));
		calls().call("manager1", put(base + "/scales"), "[]")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("portfolio"));
		calls().call("manager1", put(base + "/accounts/" + customer + "/forecast"), """
				{"attractiveness":5,"relativeStrength":1,"sales":1}""").andExpect(status().isUnprocessableEntity());
		calls().call("manager1", post(base + "/lock"), null).andExpect(status().isUnprocessableEntity());
		calls().call("manager1", post(base + "/unlock"), null).andExpect(status().isForbidden());
		// locked 20 days ago: its 12 months are [today − 384, today − 20], without either
		// order, and the 12 before hold the ¥250,000 → growth −100.0 % → 2; sales 0
		this.jdbc.sql("update ka_portfolio set locked_on = :d where id = :id")
			.param("d", this.today.minusDays(20))
			.param("id", portfolio[0])
			.update();
		calls().call("manager1", get(base + "/accounts/" + customer + "/prefill"), null)
			.andExpect(jsonPath("$.asOf").value(this.today.minusDays(20).toString()))
			.andExpect(jsonPath("$.measures[0].value").value(closeTo(-100.0, 1e-9)))
			.andExpect(jsonPath("$.factors['增长']").value(2))
			.andExpect(jsonPath("$.measures[1].value").value(nullValue()));
		calls().call("manager1", get(base + "/matrix"), null)
			.andExpect(jsonPath("$.lockedOn").value(this.today.minusDays(20).toString()))
			.andExpect(jsonPath("$.rows[0].sales12m").value(0));
		calls().call("director", post(base + "/unlock"), null).andExpect(status().isNoContent());
		// the lock and the reopening are in the audit trail
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'portfolio' and entity_id = :id")
			.param("id", String.valueOf(portfolio[0]))
			.query(Long.class)
			.single()).isEqualTo(2);
		calls().call("manager1", put(base + "/accounts/" + customer + "/scores"), """
				{"factors":{"增长":5}}""").andExpect(status().isOk());
	}

	@Test
	void aBrokenScaleOrForecastIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		long[] portfolio = portfolioWithScales();
		String base = "/api/v1/portfolios/" + portfolio[0];
		calls().call("manager1", put(base + "/scales"), """
				[{"factor":"付款","bands":[{"score":5,"label":"按时"}]}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scales.付款"));
		calls().call("manager1", put(base + "/scales"), """
				[{"factor":"增长","measure":"SIZE","bands":[]}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scales.增长.measure"));
		// 0–10 and 5–20 overlap
		calls().call("manager1", put(base + "/scales"), """
				[{"factor":"增长","measure":"GROWTH","bands":[{"score":4,"lower":0,"upper":10},
				  {"score":6,"lower":5,"upper":20}]}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scales.增长.bands"));
		calls().call("manager1", put(base + "/scales"), """
				[{"factor":"战略契合","bands":[{"score":11,"label":"满分以上"}]}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scales.战略契合.bands"));
		calls().call("manager1", put(base + "/scales"), """
				[{"factor":"战略契合","bands":[{"score":5}]}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scales.战略契合.bands"));
		calls().call("manager1", get(base + "/scales"), null).andExpect(jsonPath("$.length()").value(5));
		String forecast = base + "/accounts/" + portfolio[1] + "/forecast";
		calls().call("manager1", put(forecast), """
				{"attractiveness":11,"relativeStrength":1,"sales":1}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("attractiveness"));
		calls().call("manager1", put(forecast), """
				{"attractiveness":5,"relativeStrength":0,"sales":1}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("relativeStrength"));
		calls().call("manager1", put(forecast), """
				{"attractiveness":5,"relativeStrength":1,"sales":-1}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("sales"));
		calls().call("manager1", get(base + "/matrix"), null)
			.andExpect(jsonPath("$.rows[0].forecast").value(nullValue()));
		// dropping two factors drops their scales
		calls().call("manager1", put(base + "/factors"), """
				[{"name":"增长","weight":50},{"name":"潜力","weight":50}]""").andExpect(status().isOk());
		calls().call("manager1", get(base + "/scales"), null)
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].factor").value("潜力"));
	}

	@Test
	void onlyThoseWhoRunThePortfolioSeeOrChangeItsSteps() throws Exception {
		long[] portfolio = portfolioWithScales();
		String base = "/api/v1/portfolios/" + portfolio[0];
		calls().call("rep1", get(base + "/scales"), null).andExpect(status().isForbidden());
		calls().call("manager2", get(base + "/scales"), null).andExpect(status().isNotFound());
		calls().call("manager2", get(base + "/accounts/" + portfolio[1] + "/prefill"), null)
			.andExpect(status().isNotFound());
		calls().call("manager2", post(base + "/lock"), null).andExpect(status().isNotFound());
		calls().call("director", get(base + "/scales"), null).andExpect(status().isOk());
	}

}
