package org.salesteam.customer;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/customers/bulk/reassign|reclassify}: the single-record rules (a
 * manager within their team, a rep neither), all or nothing, open opportunities follow.
 * manager1 leads 华东一部 (rep1–5); rep11 is in 华南部 (manager3).
 */
@IntegrationTest
class CustomerBulkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long first;

	private long second;

	private long foreign;

	@BeforeEach
	void customers() throws Exception {
		this.jdbc.sql("delete from opportunity where customer_id in (select id from customer where code like 'BK-%')")
			.update();
		this.jdbc.sql("delete from customer where code like 'BK-%'").update();
		// 250,000 potential: class B
		this.first = CustomerApi.create(this.mvc, "BK-1", "无锡批量测试包装有限公司", 250_000, "rep1");
		this.second = CustomerApi.create(this.mvc, "BK-2", "常州批量测试标签有限公司", 250_000, "rep1");
		this.foreign = CustomerApi.create(this.mvc, "BK-3", "佛山批量测试印务有限公司", 250_000, "rep11");
	}

	@Test
	void aManagerReassignsTeamCustomersWithTheirOpenOpportunities() throws Exception {
		long opportunity = JsonPath
			.<Number>read(call("rep1", "/api/v1/opportunities",
					"{\"customerId\":" + this.first + ",\"name\":\"礼盒项目\",\"amount\":30000}")
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id")
			.longValue();
		call("manager1", "/api/v1/customers/bulk/reassign", reassign(List.of(this.first, this.second), "rep2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requested").value(2))
			.andExpect(jsonPath("$.changed").value(2));
		assertThat(owner(this.first)).isEqualTo("rep2");
		assertThat(owner(this.second)).isEqualTo("rep2");
		// the sales module follows after the commit (ADR 0021)
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select u.username from opportunity o join app_user u on u.id = o.owner_id " + "where o.id = :id")
				.param("id", opportunity)
				.query(String.class)
				.single()).isEqualTo("rep2"));
	}

	@Test
	void oneCustomerOutsideTheTeamRefusesTheWholeReassignment() throws Exception {
		call("manager1", "/api/v1/customers/bulk/reassign",
				reassign(List.of(this.first, this.foreign, this.second), "rep2"))
			.andExpect(status().isNotFound());
		call("manager1", "/api/v1/customers/bulk/reassign", reassign(List.of(this.first, 987_654_321L), "rep2"))
			.andExpect(status().isNotFound());
		assertThat(owner(this.first)).isEqualTo("rep1");
		assertThat(owner(this.second)).isEqualTo("rep1");
		assertThat(owner(this.foreign)).isEqualTo("rep11");
	}

	@Test
	void aRepMayNeitherReassignNorReclassify() throws Exception {
		call("rep1", "/api/v1/customers/bulk/reassign", reassign(List.of(this.first), "rep2"))
			.andExpect(status().isForbidden());
		call("rep1", "/api/v1/customers/bulk/reclassify", reclassify(List.of(this.first), "A", "大单"))
			.andExpect(status().isForbidden());
		assertThat(owner(this.first)).isEqualTo("rep1");
		assertThat(customerClass(this.first)).isEqualTo("B");
	}

	@Test
	void aManagerReclassifiesAllOrNothingWithAReason() throws Exception {
		call("manager1", "/api/v1/customers/bulk/reclassify",
				reclassify(List.of(this.first, this.second, this.foreign), "A", "集团统一采购"))
			.andExpect(status().isNotFound());
		assertThat(customerClass(this.first)).isEqualTo("B");
		call("manager1", "/api/v1/customers/bulk/reclassify", reclassify(List.of(this.first, this.second), "A", " "))
			.andExpect(status().isUnprocessableContent());
		assertThat(customerClass(this.first)).isEqualTo("B");
		call("manager1", "/api/v1/customers/bulk/reclassify",
				reclassify(List.of(this.first, this.second), "A", "集团统一采购"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(2));
		assertThat(customerClass(this.first)).isEqualTo("A");
		assertThat(customerClass(this.second)).isEqualTo("A");
		assertThat(this.jdbc
			.sql("select count(*) from customer_class_change where customer_id in (:ids) and automatic = false "
					+ "and reason = '集团统一采购' and to_class = 'A'")
			.param("ids", List.of(this.first, this.second))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(customerClass(this.foreign)).isEqualTo("B");
	}

	@Test
	void aDirectorReassignsAcrossTeams() throws Exception {
		call("director", "/api/v1/customers/bulk/reassign", reassign(List.of(this.first, this.foreign), "rep6"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(2));
		assertThat(owner(this.foreign)).isEqualTo("rep6");
		assertThat(owner(this.first)).isEqualTo("rep6");
	}

	private static String reassign(List<Long> ids, String owner) {
		return "{\"ids\":" + ids + ",\"ownerUsername\":\"" + owner + "\"}";
	}

	private static String reclassify(List<Long> ids, String customerClass, String reason) {
		return "{\"ids\":" + ids + ",\"customerClass\":\"" + customerClass + "\",\"reason\":\"" + reason + "\"}";
	}

	private ResultActions call(String username, String path, String json) throws Exception {
		return this.mvc.perform(post(path).header("Authorization", Tokens.bearer(this.mvc, username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private String owner(long id) {
		return this.jdbc.sql("select u.username from customer c join app_user u on u.id = c.owner_id where c.id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private String customerClass(long id) {
		return this.jdbc.sql("select customer_class from customer where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
