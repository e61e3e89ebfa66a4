package org.salesteam.sales;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Opportunities through the API: stages, their history, reopening, stale versions. */
@IntegrationTest
class OpportunityApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyStageMoveIsKeptAndAClosedDealIsReopenedByTheManager() throws Exception {
		long customer = SalesApi.customer(this.mvc, "绍兴机会测试酒业股份有限公司", "rep1", 0);
		long product = SalesApi.product(this.jdbc, "CH-006");
		long id = SalesApi.id(SalesApi.post(this.mvc, "rep1", "/api/v1/opportunities", """
				{"customerId":%d,"name":"2026年酒盒改版","amount":180000,"expectedCloseDate":"2026-09-30",
				 "lines":[{"productId":%d,"quantity":10000,"amount":165000}],"competitors":["劲嘉股份"]}
				""".formatted(customer, product))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("NEEDS"))
			.andExpect(jsonPath("$.probability").value(10))
			.andExpect(jsonPath("$.ownerUsername").value("rep1"))
			.andExpect(jsonPath("$.lines[0].productCode").value("CH-006"))
			.andReturn());
		String stage = "/api/v1/opportunities/" + id + "/stage";
		SalesApi.post(this.mvc, "rep1", stage, "{\"stage\":\"PROPOSAL\"}").andExpect(status().isOk());
		SalesApi.post(this.mvc, "rep1", stage, "{\"stage\":\"QUOTE\"}").andExpect(jsonPath("$.probability").value(50));
		SalesApi.post(this.mvc, "rep1", stage, "{\"stage\":\"PROPOSAL\"}").andExpect(status().isOk());
		SalesApi.post(this.mvc, "rep1", stage, "{\"stage\":\"PROPOSAL\"}").andExpect(status().isUnprocessableContent());
		SalesApi.post(this.mvc, "rep1", stage, "{\"stage\":\"LOST\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("lostReason"));
		SalesApi.post(this.mvc, "rep1", stage, "{\"stage\":\"LOST\",\"lostReason\":\"报价高 8%\",\"competitor\":\"裕同科技\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("LOST"))
			.andExpect(jsonPath("$.probability").value(0))
			.andExpect(jsonPath("$.winningCompetitor").value("裕同科技"))
			.andExpect(jsonPath("$.competitors", hasItem("劲嘉股份")))
			.andExpect(jsonPath("$.history.length()").value(5))
			.andExpect(jsonPath("$.history[4].fromStage").value("PROPOSAL"))
			.andExpect(jsonPath("$.history[4].toStage").value("LOST"));
		SalesApi.post(this.mvc, "rep1", stage, "{\"stage\":\"NEEDS\"}").andExpect(status().isUnprocessableContent());
		SalesApi.post(this.mvc, "manager2", stage, "{\"stage\":\"NEEDS\"}").andExpect(status().isNotFound());
		SalesApi.post(this.mvc, "manager1", stage, "{\"stage\":\"NEEDS\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("NEEDS"))
			.andExpect(jsonPath("$.lostReason").doesNotExist());
		assertThat(this.jdbc.sql("select count(*) from opportunity_stage_change where opportunity_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(6);
	}

	@Test
	void theAmountOfAnOpportunityWithLinesIsTheSumOfItsLines() throws Exception {
		long customer = SalesApi.customer(this.mvc, "常州金额测试礼品有限公司", "rep1", 0);
		long box = SalesApi.product(this.jdbc, "CH-006");
		long card = SalesApi.product(this.jdbc, "CH-003");
		long id = SalesApi.id(SalesApi.post(this.mvc, "rep1", "/api/v1/opportunities", """
				{"customerId":%d,"name":"礼盒与贺卡","expectedCloseDate":"2026-12-31",
				 "lines":[{"productId":%d,"quantity":8000,"amount":120000},
				          {"productId":%d,"quantity":3000,"amount":60000}]}
				""".formatted(customer, box, card))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.amount").value(180000.00))
			.andReturn());
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		this.mvc.perform(get("/api/v1/opportunities/" + id).header("Authorization", rep1))
			.andExpect(jsonPath("$.amount").value(180000.00));
		this.mvc.perform(get("/api/v1/opportunities").param("q", "常州金额测试").header("Authorization", rep1))
			.andExpect(jsonPath("$.items[0].amount").value(180000.00));
		this.mvc
			.perform(put("/api/v1/opportunities/" + id).header("Authorization", rep1)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"礼盒与贺卡","amount":5,"version":0,
						 "lines":[{"productId":%d,"quantity":8000,"amount":130000.5}]}
						""".formatted(box)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value(130000.50));
		this.mvc
			.perform(put("/api/v1/opportunities/" + id).header("Authorization", rep1)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"礼盒与贺卡\",\"amount\":90000,\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines.length()").value(0))
			.andExpect(jsonPath("$.amount").value(90000.00));
		assertThat(this.jdbc.sql("select amount from opportunity where id = :id")
			.param("id", id)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("90000");
	}

	@Test
	void aStaleVersionIsAConflictAndAnInvalidOneABadRequest() throws Exception {
		long customer = SalesApi.customer(this.mvc, "泉州版本测试食品有限公司", "rep6", 0);
		long id = SalesApi.id(SalesApi
			.post(this.mvc, "rep6", "/api/v1/opportunities",
					"{\"customerId\":%d,\"name\":\"礼盒项目\",\"amount\":50000}".formatted(customer))
			.andExpect(status().isCreated())
			.andReturn());
		String rep6 = Tokens.bearer(this.mvc, "rep6");
		this.mvc
			.perform(put("/api/v1/opportunities/" + id).header("Authorization", rep6)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"礼盒项目（二期）\",\"amount\":60000,\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/opportunities/" + id).header("Authorization", rep6)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"过时的修改\",\"amount\":1,\"version\":0}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put("/api/v1/opportunities/" + id).header("Authorization", rep6)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"amount\":-5,\"version\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		this.mvc.perform(get("/api/v1/opportunities/" + id).header("Authorization", rep6))
			.andExpect(jsonPath("$.name").value("礼盒项目（二期）"));
		this.mvc.perform(get("/api/v1/opportunities").param("q", "礼盒项目（二期）").header("Authorization", rep6))
			.andExpect(jsonPath("$.items[0].id").value(id));
	}

	@Test
	void stageProbabilitiesAreSetByDirectors() throws Exception {
		this.mvc.perform(get("/api/v1/opportunity-stages").header("Authorization", Tokens.bearer(this.mvc, "rep1")))
			.andExpect(jsonPath("$.QUOTE").value(50))
			.andExpect(jsonPath("$.WON").value(100));
		this.mvc
			.perform(put("/api/v1/opportunity-stages/DEMO").header("Authorization", Tokens.bearer(this.mvc, "rep1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"probability\":90}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/opportunity-stages/DEMO").header("Authorization", Tokens.bearer(this.mvc, "director"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"probability\":101}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/api/v1/opportunity-stages").header("Authorization", Tokens.bearer(this.mvc, "director")))
			.andExpect(jsonPath("$.DEMO").value(75));
	}

}
