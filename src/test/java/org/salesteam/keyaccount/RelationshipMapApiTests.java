package org.salesteam.keyaccount;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The relationship map through its API contract: coverage from the visits linked to a
 * contact, else (a visit without links) whose "contacts met" names them, the red flags
 * and status worked by hand, placing contacts on the map (422 naming the field), and who
 * reads and changes it.
 */
@IntegrationTest
class RelationshipMapApiTests {

	@Autowired
	MockMvc mvc;

	private KeyAccountCalls api;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void calls() {
		this.api = new KeyAccountCalls(this.mvc);
	}

	private long contact(long customer, String name, String role, String attitude, int influence) throws Exception {
		return KeyAccountCalls.id(
				this.api
					.call("rep1", post("/api/v1/customers/" + customer + "/contacts"),
							"""
									{"name":"%s","buyingRole":"%s","attitude":"%s","influence":%d}""".formatted(name,
									role, attitude, influence))
					.andExpect(status().isCreated())
					.andReturn());
	}

	private void visit(long customer, LocalDate day, String met) throws Exception {
		this.api.call("rep1", post("/api/v1/visits/record"), """
				{"customerId":%d,"objective":"拜访","actualStart":"%sT09:00","actualEnd":"%sT10:00",
				 "result":"谈了新品打样","contactsMet":"%s"}""".formatted(customer, day, day, met))
			.andExpect(status().isCreated());
	}

	@Test
	void theMapFlagsAMissingEconomicBuyerAnUnaddressedOpponentAndASingleThread() throws Exception {
		long customer = this.api.customer("rep1", "决策链客户");
		long buyer = contact(customer, "王采购", "USER", "SUPPORTER", 3);
		long plant = contact(customer, "李厂长", "TECHNICAL_EVALUATOR", "OPPONENT", 5);
		visit(customer, this.today.minusDays(10), "王采购");
		// no decision maker; 李厂长 opposes with influence 5 and was not met; one contact
		// met
		// in 90 days → RED with all three flags
		String path = "/api/v1/customers/" + customer + "/relationship-map";
		this.api.call("rep1", get(path), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RED"))
			.andExpect(jsonPath("$.flags", contains("NO_ECONOMIC_BUYER", "OPPONENT_UNADDRESSED", "SINGLE_THREAD")))
			.andExpect(jsonPath("$.contactsMet180d").value(1))
			.andExpect(jsonPath("$.contacts[0].name").value("李厂长"))
			.andExpect(jsonPath("$.contacts[1].lastMet").value(this.today.minusDays(10).toString()))
			.andExpect(jsonPath("$.contacts[1].visits180d").value(1));

		// 王采购 turns out to be the economic buyer; both are met a week ago → GREEN
		this.api.call("rep1", put(path), """
				{"contacts":[{"id":%d,"buyingRole":"DECISION_MAKER","attitude":"SUPPORTER","influence":4},
				             {"id":%d,"buyingRole":"TECHNICAL_EVALUATOR","attitude":"OPPONENT","influence":5,
				              "reportsToId":%d}]}""".formatted(buyer, plant, buyer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RED"))
			.andExpect(jsonPath("$.flags", contains("OPPONENT_UNADDRESSED", "SINGLE_THREAD")));
		visit(customer, this.today.minusDays(7), "李厂长、王采购");
		this.api.call("rep1", get(path), null)
			.andExpect(jsonPath("$.status").value("GREEN"))
			.andExpect(jsonPath("$.flags", empty()))
			.andExpect(jsonPath("$.contactsMet90d").value(2))
			.andExpect(jsonPath("$.contacts[0].reportsToId").value(buyer));
	}

	private void visitWith(long customer, LocalDate day, String text, long... contactIds) throws Exception {
		String ids = java.util.Arrays.stream(contactIds)
			.mapToObj(String::valueOf)
			.collect(java.util.stream.Collectors.joining(","));
		this.api
			.call("rep1", post("/api/v1/visits/record"),
					"""
							{"customerId":%d,"objective":"拜访","actualStart":"%sT09:00","actualEnd":"%sT10:00",
							 "result":"谈了新品打样","contactsMet":"%s","contactIds":[%s]}""".formatted(customer, day, day,
							text, ids))
			.andExpect(status().isCreated());
	}

	@Test
	void coverageCountsTheContactsAVisitIsLinkedToNotTheNamesInItsText() throws Exception {
		long customer = this.api.customer("rep1", "决策链关联客户");
		long boss = contact(customer, "韩总", "DECISION_MAKER", "SUPPORTER", 5);
		long buyer = contact(customer, "曹采购", "USER", "NEUTRAL", 3);
		// linked to 曹采购 only; the text names 韩总, but a linked visit counts its links
		visitWith(customer, this.today.minusDays(20), "韩总", buyer);
		String path = "/api/v1/customers/" + customer + "/relationship-map";
		this.api.call("rep1", get(path), null)
			.andExpect(jsonPath("$.contacts[0].id").value(boss))
			.andExpect(jsonPath("$.contacts[0].visits180d").value(0))
			.andExpect(jsonPath("$.contacts[1].visits180d").value(1))
			.andExpect(jsonPath("$.contactsMet90d").value(1))
			.andExpect(jsonPath("$.status").value("AMBER"))
			.andExpect(jsonPath("$.flags", contains("SINGLE_THREAD")));
		// a visit 100 days ago meets both: 180-day coverage 2, the 90-day window still
		// one
		visitWith(customer, this.today.minusDays(100), "", boss, buyer);
		this.api.call("rep1", get(path), null)
			.andExpect(jsonPath("$.contactsMet180d").value(2))
			.andExpect(jsonPath("$.contactsMet90d").value(1))
			.andExpect(jsonPath("$.contacts[0].lastMet").value(this.today.minusDays(100).toString()))
			.andExpect(jsonPath("$.contacts[1].visits180d").value(2))
			.andExpect(jsonPath("$.status").value("AMBER"));
		// a visit last week meets the boss: two threads in 90 days → GREEN
		visitWith(customer, this.today.minusDays(7), "", boss);
		this.api.call("rep1", get(path), null)
			.andExpect(jsonPath("$.contactsMet90d").value(2))
			.andExpect(jsonPath("$.status").value("GREEN"))
			.andExpect(jsonPath("$.flags", empty()));
	}

	@Test
	void theMapIsReadAsItsCustomerIsAndChangedByThoseWhoWorkOnIt() throws Exception {
		long customer = this.api.customer("rep1", "决策链权限客户");
		long someone = contact(customer, "赵经理", "USER", "NEUTRAL", 3);
		String path = "/api/v1/customers/" + customer + "/relationship-map";
		this.api.call("rep6", get(path), null).andExpect(status().isNotFound());
		this.api.call("manager1", get(path), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RED"));
		String body = """
				{"contacts":[{"id":%d,"buyingRole":"COACH","influence":2}]}""".formatted(someone);
		this.api.call("support1", put(path), body).andExpect(status().isNotFound());
		this.api.call("rep1", put(path), """
				{"contacts":[{"id":%d,"buyingRole":"COACH","influence":7}]}""".formatted(someone))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("contacts[0].influence"));
		this.api.call("rep1", put(path), """
				{"contacts":[{"id":%d,"buyingRole":"BOSS"}]}""".formatted(someone))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("contacts[0].buyingRole"));
		this.api.call("rep1", put(path), body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contacts[0].buyingRole").value("COACH"))
			.andExpect(jsonPath("$.contacts[0].influence").value(2));
	}

}
