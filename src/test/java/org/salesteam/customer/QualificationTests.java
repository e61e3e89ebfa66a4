package org.salesteam.customer;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Prospect qualification against the seeded criteria (three required, one optional), and
 * the conversion history the first order writes through {@link ProspectConverted}.
 */
@IntegrationTest
class QualificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void aProspectQualifiesWhenEveryRequiredCriterionIsMetAndTheQualificationsAreKept() throws Exception {
		long prospect = prospect("嘉兴资格审核测试纸品厂", "rep1");
		List<Long> ids = activeCriteria();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
		// the optional fourth criterion yes, one required criterion no → not qualified
		post("rep1", "/api/v1/customers/" + prospect + "/qualification", answers(ids, false, true, true, true, "先看预算"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.qualified").value(false))
			.andExpect(jsonPath("$.qualifiedBy").isNotEmpty())
			.andExpect(jsonPath("$.answers.length()").value(ids.size()));
		// every required yes, the optional one no → qualified
		post("rep1", "/api/v1/customers/" + prospect + "/qualification", answers(ids, true, true, true, false, null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.qualified").value(true));
		get("manager1", "/api/v1/customers/" + prospect + "/qualification").andExpect(status().isOk())
			.andExpect(jsonPath("$.qualified").value(true))
			.andExpect(jsonPath("$.qualifiedOn").isNotEmpty())
			.andExpect(jsonPath("$.qualifications.length()").value(2))
			.andExpect(jsonPath("$.qualifications[0].qualified").value(true))
			.andExpect(jsonPath("$.qualifications[1].note").value("先看预算"));
	}

	@Test
	void qualifyingNeedsEveryCriterionAnsweredAndAVisibleProspect() throws Exception {
		long prospect = prospect("湖州资格校验测试包装厂", "rep1");
		List<Long> ids = activeCriteria();
		String partial = "{\"answers\":{\"%d\":true}}".formatted(ids.get(0));
		post("rep1", "/api/v1/customers/" + prospect + "/qualification", partial)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("预算已知")));
		// rep6 (another team) cannot see it: 404 and nothing kept
		post("rep6", "/api/v1/customers/" + prospect + "/qualification", answers(ids, true, true, true, true, null))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from prospect_qualification where customer_id = :id")
			.param("id", prospect)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theFirstOrderConvertsAndRecordsWhetherTheProspectWasQualified() throws Exception {
		long envelopes = this.jdbc.sql("select id from product where code = 'SW-002'").query(Long.class).single();
		long qualified = prospect("绍兴转化测试印刷厂", "rep2");
		long unqualified = prospect("金华转化测试纸箱厂", "rep2");
		List<Long> ids = activeCriteria();
		post("rep2", "/api/v1/customers/" + qualified + "/qualification", answers(ids, true, true, true, true, null))
			.andExpect(status().isCreated());
		LocalDate today = LocalDate.now(this.clock);
		order(qualified, envelopes, today.minusDays(3).toString());
		order(unqualified, envelopes, today.minusDays(1).toString());
		assertThat(conversion(qualified)).containsExactly(today.minusDays(3) + " true");
		assertThat(conversion(unqualified)).containsExactly(today.minusDays(1) + " false");
		// a converted customer is no longer qualified
		post("rep2", "/api/v1/customers/" + qualified + "/qualification", answers(ids, true, true, true, true, null))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void onlyDirectorsAndAdminsSetTheCriteria() throws Exception {
		post("manager1", "/api/v1/qualification-criteria", "{\"name\":\"有明确的采购时间\",\"required\":false}")
			.andExpect(status().isForbidden());
		post("director", "/api/v1/qualification-criteria", "{\"name\":\"\",\"required\":false}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		MvcResult added = post("director", "/api/v1/qualification-criteria",
				"{\"name\":\"有明确的采购时间\",\"required\":false}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.active").value(true))
			.andReturn();
		long id = ((Number) JsonPath.read(added.getResponse().getContentAsString(), "$.id")).longValue();
		// retired again so that the other tests keep the four seeded criteria
		this.mvc
			.perform(MockMvcRequestBuilders.put("/api/v1/qualification-criteria/" + id)
				.header("Authorization", Tokens.bearer(this.mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"有明确的采购时间\",\"required\":false,\"active\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		assertThat(activeCriteria()).doesNotContain(id);
	}

	@Test
	void theDemoShowsQualifiedProspectsAndArleneConvertingFarMoreThanJoe() {
		LocalDate yearAgo = LocalDate.now(this.clock).minusYears(1);
		int arlene = conversionsSince("rep7", yearAgo);
		int joe = conversionsSince("rep3", yearAgo);
		assertThat(arlene).isGreaterThanOrEqualTo(5).isGreaterThan(3 * joe);
		assertThat(joe).isLessThanOrEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from customer where status = 'PROSPECT' and qualified_on is not null")
			.query(Integer.class)
			.single()).isPositive();
		assertThat(
				this.jdbc.sql("select count(*) from prospect_conversion where qualified").query(Integer.class).single())
			.isPositive();
	}

	private int conversionsSince(String rep, LocalDate from) {
		return this.jdbc.sql("""
				select count(*) from prospect_conversion c join app_user u on u.id = c.rep_id
				where u.username = :rep and c.converted_on >= :from
				""").param("rep", rep).param("from", from).query(Integer.class).single();
	}

	private List<String> conversion(long customer) {
		return this.jdbc.sql("select converted_on, qualified from prospect_conversion where customer_id = :id")
			.param("id", customer)
			.query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getBoolean(2))
			.list();
	}

	private void order(long customer, long product, String day) throws Exception {
		post("rep2", "/api/v1/orders", """
				{"customerId":%d,"orderDate":"%s","lines":[{"productId":%d,"quantity":1}]}
				""".formatted(customer, day, product)).andExpect(status().isCreated());
	}

	private List<Long> activeCriteria() {
		return this.jdbc.sql("select id from qualification_criterion where active order by sort_order, id")
			.query(Long.class)
			.list();
	}

	/** Answers for the first four criteria; any further active ones are answered no. */
	private static String answers(List<Long> ids, boolean a, boolean b, boolean c, boolean d, String note) {
		boolean[] yes = { a, b, c, d };
		StringBuilder json = new StringBuilder("{\"answers\":{");
		for (int i = 0; i < ids.size(); i++) {
			json.append((i > 0) ? "," : "").append('"').append(ids.get(i)).append("\":").append(i < 4 && yes[i]);
		}
		json.append('}');
		if (note != null) {
			json.append(",\"note\":\"").append(note).append('"');
		}
		return json.append('}').toString();
	}

	private long prospect(String name, String owner) throws Exception {
		MvcResult result = post("admin", "/api/v1/customers", """
				{"code":"QT-%d","name":"%s","potential":300000,"paymentTermsDays":30,"ownerUsername":"%s"}
				""".formatted(System.nanoTime() % 1_000_000_000L, name, owner)).andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private ResultActions post(String user, String path, String body) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post(path)
			.header("Authorization", Tokens.bearer(this.mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions get(String user, String path) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.get(path).header("Authorization", Tokens.bearer(this.mvc, user)));
	}

}
