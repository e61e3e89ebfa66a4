package org.salesteam.coaching;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The skills self-test from outside (issue 16's contract): the items, the rep's own
 * ratings, the manager's ability ratings, priority = importance × (3 − ability) and the
 * flag for a gap of 2, worked out by hand; values outside 1–3 are 422 naming the item;
 * another rep's test is 404, the team heatmap is the coach's.
 */
@IntegrationTest
class SelfTestApiTests {

	@Autowired
	MockMvc mvc;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private static String item(String code) {
		return "$.items[?(@.code == '" + code + "')]";
	}

	@Test
	void theItemsHaveCodesAndNames() throws Exception {
		call("rep2", get("/api/v1/self-tests/items?lang=zh-CN"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(15))
			.andExpect(jsonPath("$[?(@.code == 'PRODUCTS')].name").value(hasItem("产品知识（主要产品的具体作用）")));
	}

	@Test
	void priorityAndFlagsFromTheRepsAndTheManagersRatings() throws Exception {
		call("rep2", put("/api/v1/self-tests/rep2"), """
				{"items":[{"code":"PRODUCTS","importance":3,"ability":1},{"code":"CLOSING","importance":2,"ability":1},
				{"code":"COMPETITORS","importance":3,"ability":2},{"code":"INDUSTRY","importance":1,"ability":3}]}""")
			.andExpect(status().isOk());
		call("manager1", put("/api/v1/self-tests/rep2"), """
				{"items":[{"code":"PRODUCTS","managerAbility":3},{"code":"CLOSING","managerAbility":2}]}""")
			.andExpect(status().isOk());
		call("rep2", get("/api/v1/self-tests/rep2/latest"), null).andExpect(status().isOk())
			// 3 × (3 − 1) = 6, a need; manager 3 vs 1: flagged
			.andExpect(jsonPath(item("PRODUCTS") + ".priority").value(hasItem(6)))
			.andExpect(jsonPath(item("PRODUCTS") + ".trainingNeed").value(hasItem(true)))
			.andExpect(jsonPath(item("PRODUCTS") + ".flagged").value(hasItem(true)))
			// 2 × (3 − 1) = 4, a need; manager 2 vs 1: not flagged
			.andExpect(jsonPath(item("CLOSING") + ".priority").value(hasItem(4)))
			.andExpect(jsonPath(item("CLOSING") + ".flagged").value(hasItem(false)))
			// 3 × (3 − 2) = 3, no need; 1 × (3 − 3) = 0
			.andExpect(jsonPath(item("COMPETITORS") + ".trainingNeed").value(hasItem(false)))
			.andExpect(jsonPath(item("COMPETITORS") + ".priority").value(hasItem(3)))
			.andExpect(jsonPath(item("INDUSTRY") + ".priority").value(hasItem(0)))
			// (6 + 4 + 3 + 0) ÷ 4 = 3.25 over the rated items
			.andExpect(jsonPath("$.meanPriority").value(3.25));
		call("manager1", get("/api/v1/self-tests/rep2/trend"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$[-1:].meanPriority").value(hasItem(3.25)));
	}

	@Test
	void aValueOutsideOneToThreeIs422NamingTheItem() throws Exception {
		call("rep2", put("/api/v1/self-tests/rep2?lang=zh-CN"),
				"""
						{"items":[{"code":"PRODUCTS","importance":3,"ability":1},{"code":"CLOSING","importance":2,"ability":4}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("items[1].ability"))
			.andExpect(jsonPath("$.detail").value(containsString("CLOSING")));
		call("manager1", put("/api/v1/self-tests/rep2"), """
				{"items":[{"code":"PRODUCTS","managerAbility":0}]}""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].managerAbility"));
		call("rep2", put("/api/v1/self-tests/rep2"), """
				{"items":[{"code":"NO_SUCH","importance":3,"ability":1}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].code"));
	}

	@Test
	void anotherRepsTestIsNotFoundAndOnlyTheCoachRatesOrSeesTheHeatmap() throws Exception {
		call("rep1", get("/api/v1/self-tests/rep2/latest"), null).andExpect(status().isNotFound());
		call("manager2", get("/api/v1/self-tests/rep2/latest"), null).andExpect(status().isNotFound());
		call("rep1", put("/api/v1/self-tests/rep2"), """
				{"items":[{"code":"PRODUCTS","managerAbility":3}]}""").andExpect(status().isNotFound());
		call("admin", put("/api/v1/self-tests/rep2"), """
				{"items":[{"code":"PRODUCTS","managerAbility":3}]}""").andExpect(status().isForbidden());
		call("manager1", get("/api/v1/self-tests/heatmap"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.reps").value(hasItem("rep2")))
			.andExpect(jsonPath("$.items.length()").value(15));
		call("rep1", get("/api/v1/self-tests/heatmap"), null).andExpect(status().isForbidden());
	}

}
