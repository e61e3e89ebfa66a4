package org.salesteam.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Orders and opportunities are visible by their owning rep: own for a rep, the team's for
 * a manager, all for a director, none for support; anything else answers 404 and nothing
 * is written.
 */
@IntegrationTest
class SalesVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long rep2Customer;

	private long rep2Order;

	private long product;

	@BeforeEach
	void rep2SellsToTheirCustomer() throws Exception {
		this.product = SalesApi.product(this.jdbc, "BQ-001");
		this.rep2Customer = SalesApi.customer(this.mvc, "嘉兴可见性测试食品有限公司", "rep2", 0);
		this.rep2Order = SalesApi.id(SalesApi.order(this.mvc, "rep2", this.rep2Customer, this.product, "4", "85", null)
			.andExpect(status().isCreated())
			.andReturn());
	}

	@Test
	void aRepCannotOrderForAnotherRepsCustomerAndNothingIsWritten() throws Exception {
		long orders = SalesApi.orders(this.jdbc);
		long opportunities = count("opportunity");
		SalesApi.order(this.mvc, "rep1", this.rep2Customer, this.product, "1", "85", null)
			.andExpect(status().isNotFound());
		SalesApi.order(this.mvc, "rep6", this.rep2Customer, this.product, "1", "85", null)
			.andExpect(status().isNotFound());
		SalesApi.order(this.mvc, "support1", this.rep2Customer, this.product, "1", "85", null)
			.andExpect(status().isForbidden());
		SalesApi
			.post(this.mvc, "rep1", "/api/v1/opportunities",
					"{\"customerId\":%d,\"name\":\"偷单\",\"amount\":1000}".formatted(this.rep2Customer))
			.andExpect(status().isNotFound());
		assertThat(SalesApi.orders(this.jdbc)).isEqualTo(orders);
		assertThat(count("opportunity")).isEqualTo(opportunities);
	}

	@Test
	void anotherRepsOrderIsNotFoundAndUnchanged() throws Exception {
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		this.mvc.perform(get("/api/v1/orders/" + this.rep2Order).header("Authorization", rep1))
			.andExpect(status().isNotFound());
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + this.rep2Order + "/cancel", "{\"reason\":\"x\"}")
			.andExpect(status().isNotFound());
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + this.rep2Order + "/deliver", "{}")
			.andExpect(status().isNotFound());
		SalesApi.post(this.mvc, "support1", "/api/v1/orders/" + this.rep2Order + "/invoice", "{}")
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/orders").param("customerId", String.valueOf(this.rep2Customer))
				.header("Authorization", rep1))
			.andExpect(jsonPath("$.items", hasSize(0)));
		this.mvc
			.perform(get("/api/v1/order-lines").param("customerId", String.valueOf(this.rep2Customer))
				.header("Authorization", rep1))
			.andExpect(jsonPath("$.items", hasSize(0)));
		assertThat(this.jdbc.sql("select status from sales_order where id = :id")
			.param("id", this.rep2Order)
			.query(String.class)
			.single()).isEqualTo("CONFIRMED");
		this.mvc
			.perform(get("/api/v1/orders/" + this.rep2Order).header("Authorization", Tokens.bearer(this.mvc, "rep2")))
			.andExpect(status().isOk());
	}

	@Test
	void aManagerSeesTheOrdersOfTheirTeamOnly() throws Exception {
		this.mvc
			.perform(get("/api/v1/orders/" + this.rep2Order).header("Authorization",
					Tokens.bearer(this.mvc, "manager1")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/orders/" + this.rep2Order).header("Authorization",
					Tokens.bearer(this.mvc, "manager2")))
			.andExpect(status().isNotFound());
		Set<Long> team = Set.copyOf(this.jdbc.sql("""
				select id from app_user where username in ('manager1', 'rep1', 'rep2', 'rep3', 'rep4', 'rep5')
				""").query(Long.class).list());
		List<Number> owners = ownersOfAllOrders("manager1");
		long expected = this.jdbc.sql("""
				select count(*) from sales_order o join app_user u on u.id = o.owner_id
				join sales_team t on t.id = u.team_id where t.name = '华东一部'
				""").query(Long.class).single();
		assertThat(owners).hasSize((int) expected).isNotEmpty();
		assertThat(owners).allSatisfy((owner) -> assertThat(team).contains(owner.longValue()));
	}

	@Test
	void supportSeesNoOrdersAndTheDirectorSeesThemAll() throws Exception {
		this.mvc.perform(get("/api/v1/orders").header("Authorization", Tokens.bearer(this.mvc, "support1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)));
		this.mvc.perform(get("/api/v1/opportunities").header("Authorization", Tokens.bearer(this.mvc, "support1")))
			.andExpect(jsonPath("$.items", hasSize(0)));
		this.mvc
			.perform(get("/api/v1/orders/" + this.rep2Order).header("Authorization",
					Tokens.bearer(this.mvc, "director")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customerName").value(org.hamcrest.Matchers.startsWith("嘉兴可见性测试食品有限公司")));
	}

	@Test
	void theSalesOfAnotherRepsCustomerAreNotFoundOnTheCustomerPage() throws Exception {
		org.springframework.mock.web.MockHttpSession rep1 = (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user("rep1")
				.password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/customers/" + this.rep2Customer + "/sales").session(rep1))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/" + this.rep2Order).session(rep1)).andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/new").param("customerId", String.valueOf(this.rep2Customer)).session(rep1))
			.andExpect(status().isNotFound());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private List<Number> ownersOfAllOrders(String username) throws Exception {
		String bearer = Tokens.bearer(this.mvc, username);
		List<Number> owners = new ArrayList<>();
		Integer page = 0;
		while (page != null) {
			String body = this.mvc.perform(get("/api/v1/orders?size=200&page=" + page).header("Authorization", bearer))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Number> ids = JsonPath.read(body, "$.items[*].ownerId");
			owners.addAll(ids);
			page = JsonPath.read(body, "$.nextPage");
		}
		return owners;
	}

}
