package org.salesteam.sales;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A manager transfers a customer: its open opportunities follow it (shortly after, see
 * {@code EventPublicationsTests}), won ones stay with the rep who won them.
 */
@IntegrationTest
class TransferFollowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void openOpportunitiesFollowTheCustomerToTheNewRep() throws Exception {
		long customer = SalesApi.customer(this.mvc, "嘉兴移交测试纸品有限公司", "rep1", 0);
		long open = SalesApi.id(SalesApi
			.post(this.mvc, "rep1", "/api/v1/opportunities",
					"{\"customerId\":%d,\"name\":\"手提袋项目\",\"amount\":30000}".formatted(customer))
			.andExpect(status().isCreated())
			.andReturn());
		long won = SalesApi.id(SalesApi
			.post(this.mvc, "rep1", "/api/v1/opportunities",
					"{\"customerId\":%d,\"name\":\"年历项目\",\"amount\":20000}".formatted(customer))
			.andExpect(status().isCreated())
			.andReturn());
		SalesApi.post(this.mvc, "rep1", "/api/v1/opportunities/" + won + "/stage", "{\"stage\":\"WON\"}")
			.andExpect(status().isOk());

		SalesApi
			.post(this.mvc, "manager1", "/api/v1/customers/transfer",
					"{\"customerIds\":[%d],\"toRepUsername\":\"rep2\"}".formatted(customer))
			.andExpect(status().is2xxSuccessful());

		// after the transfer's commit, in a transaction of its own (ADR 0021)
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(owner(open)).isEqualTo(SalesApi.userId(this.jdbc, "rep2")));
		assertThat(owner(won)).isEqualTo(SalesApi.userId(this.jdbc, "rep1"));
	}

	private long owner(long opportunityId) {
		return this.jdbc.sql("select owner_id from opportunity where id = :id")
			.param("id", opportunityId)
			.query(Long.class)
			.single();
	}

}
