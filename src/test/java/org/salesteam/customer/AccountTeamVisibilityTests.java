package org.salesteam.customer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.AccountTeams;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account-team rule of {@code team/Visibility}: whoever is on a customer's account
 * team — support staff included — reads that customer and its orders and visits, and
 * nothing else; reading is not working on it: a change is answered as if the customer did
 * not exist.
 */
@IntegrationTest
class AccountTeamVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long customer;

	@BeforeEach
	void putSupportOnTheTeamOfTheBusiestCustomer() {
		this.customer = this.jdbc
			.sql("select customer_id from sales_order group by customer_id order by count(*) desc, customer_id")
			.query(Long.class)
			.list()
			.get(0);
		AccountTeams.add(this.jdbc, this.customer, "support1", "CUSTOMER_SERVICE");
	}

	@AfterEach
	void removeAccountTeams() {
		AccountTeams.removeFor(this.jdbc, "support1");
	}

	@Test
	void aSupportMemberOfTheAccountTeamReadsTheCustomerAndItsRecordsOnly() throws Exception {
		String support = Tokens.bearer(this.mvc, "support1");
		long orders = this.jdbc.sql("select count(*) from sales_order where customer_id = :c")
			.param("c", this.customer)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/customers").header("Authorization", support))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id", is((int) this.customer)));
		this.mvc.perform(get("/api/v1/customers/{id}", this.customer).header("Authorization", support))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/orders").param("size", "100").header("Authorization", support))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize((int) Math.min(orders, 100))))
			.andExpect(jsonPath("$.items[*].customerId", everyItem(is((int) this.customer))));
		this.mvc.perform(get("/api/v1/visits").param("size", "100").header("Authorization", support))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].customerId", everyItem(is((int) this.customer))));
	}

	@Test
	void readingIsNotWorkingOnIt() throws Exception {
		String support = Tokens.bearer(this.mvc, "support1");
		this.mvc
			.perform(put("/api/v1/customers/{id}", this.customer).header("Authorization", support)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"ACC-1\",\"name\":\"改名\",\"version\":0}"))
			.andExpect(status().isNotFound());
		long other = this.jdbc.sql("select min(id) from customer where id <> :c")
			.param("c", this.customer)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/customers/{id}", other).header("Authorization", support))
			.andExpect(status().isNotFound());
	}

	@Test
	void leavingTheTeamEndsIt() throws Exception {
		AccountTeams.removeFor(this.jdbc, "support1");
		this.mvc
			.perform(get("/api/v1/customers/{id}", this.customer).header("Authorization",
					Tokens.bearer(this.mvc, "support1")))
			.andExpect(status().isNotFound());
	}

}
