package org.salesteam.platform.web;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.salesteam.platform.PrincipalSource;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;
import org.salesteam.team.Territory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PrincipalSource principals;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminSeesTheTrailNewestFirstWithAnOlderLink() throws Exception {
		String html = this.mvc.perform(get("/admin/audit").param("limit", "5").with(user(principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("操作日志")))
			.andExpect(content().string(containsString("id=\"olderLink\"")))
			.andExpect(content().string(containsString("st-diff-new")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("data-entry-id=", -1)).hasSize(6);
	}

	@Test
	void filtersByRecordAndShowsTheChangeOldToNew() throws Exception {
		String code = "W" + UUID.randomUUID().toString().substring(0, 8);
		Long id = this.transaction.execute((status) -> {
			Territory territory = new Territory(code, "西南大区", null);
			this.entityManager.persist(territory);
			return territory.getId();
		});
		this.transaction
			.executeWithoutResult((status) -> this.entityManager.find(Territory.class, id).update("西南片区", null));

		String html = this.mvc
			.perform(get("/admin/audit").param("entityType", "territory")
				.param("entityId", String.valueOf(id))
				.with(user(principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"st-diff-old\">西南大区</span>")))
			.andExpect(content().string(containsString("<span class=\"st-diff-new\">西南片区</span>")))
			.andExpect(content().string(containsString("销售区域")))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(not(containsString("id=\"olderLink\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("data-entry-id=", -1)).hasSize(3);
	}

	@Test
	void showsTheFilterErrorAndSearchesWithoutTheUnreadableValue() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", "yesterday").with(user(principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部分筛选条件格式有误")));
	}

	@Test
	void speaksEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/admin/audit").param("lang", "en").param("limit", "1").with(user(principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Audit trail")))
			.andExpect(content().string(containsString("Older entries")));
	}

	@Test
	void directorReadsTheTrailFromTheirMenuAndTheApi() throws Exception {
		this.mvc.perform(get("/").with(user(principal("director"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"navAudit\"")));
		this.mvc.perform(get("/admin/audit").param("limit", "1").with(user(principal("director"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("操作日志")));
		this.mvc
			.perform(get("/api/v1/audit").param("limit", "1")
				.header("Authorization", Tokens.bearer(this.mvc, "director")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries", hasSize(1)));
	}

	@Test
	void refusesTheAuditPageAndApiToAManager() throws Exception {
		this.mvc.perform(get("/admin/audit").with(user(principal("manager1")))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit").header("Authorization", Tokens.bearer(this.mvc, "manager1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsValuesAsUsersKnowThemAndTimesToTheMinute() throws Exception {
		UserPrincipal rep = principal("rep1");
		String entityId = "A" + UUID.randomUUID().toString().substring(0, 8);
		// an id of the application's sequence (a block of its own): max(id) + n collided
		// with
		// the ids the sequence hands out later in the shared context
		long eventId = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
		this.jdbc
			.sql("insert into audit_event (id, occurred_at, username, entity_type, entity_id, action) "
					+ "values (:id, :at, 'director', 'customer', :entity, 'UPDATE')")
			.param("id", eventId)
			.param("at", java.sql.Timestamp.from(java.time.Instant.parse("2026-12-07T00:53:36.955720Z")))
			.param("entity", entityId)
			.update();
		String[][] changes = { { "ownerId", null, String.valueOf(rep.id()) }, { "status", "PROSPECT", "ACTIVE" },
				{ "qualifiedAt", null, "2026-12-07T00:53:36.955720047Z" } };
		for (int i = 0; i < changes.length; i++) {
			this.jdbc
				.sql("insert into audit_change (event_id, change_no, field, old_value, new_value) "
						+ "values (:id, :no, :field, :old, :new)")
				.param("id", eventId)
				.param("no", i)
				.param("field", changes[i][0])
				.param("old", changes[i][1])
				.param("new", changes[i][2])
				.update();
		}

		this.mvc
			.perform(get("/admin/audit").param("entityType", "customer")
				.param("entityId", entityId)
				.with(user(principal("director"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"st-diff-new\">" + rep.displayName() + "</span>")))
			.andExpect(content().string(containsString("<span class=\"st-diff-old\">潜在客户</span>")))
			.andExpect(content().string(containsString("<span class=\"st-diff-new\">成交客户</span>")))
			.andExpect(content().string(containsString("<span class=\"st-diff-new\">2026-12-07 08:53</span>")))
			.andExpect(content().string(containsString(">2026-12-07 08:53</td>")))
			.andExpect(content().string(not(containsString("PROSPECT"))))
			.andExpect(content().string(not(containsString("955720"))));
	}

	@Test
	void refusesTheAuditPageToARep() throws Exception {
		this.mvc.perform(get("/admin/audit").with(user(principal("rep1")))).andExpect(status().isForbidden());
	}

	@Test
	void refusesTheAuditApiToARep() throws Exception {
		this.mvc.perform(get("/api/v1/audit").header("Authorization", Tokens.bearer(this.mvc, "rep1")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void apiReturnsFilteredEntriesAndACursorToAdmin() throws Exception {
		String bearer = Tokens.bearer(this.mvc, "admin");
		long adminId = this.jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();

		this.mvc
			.perform(get("/api/v1/audit").param("entityType", "user")
				.param("entityId", String.valueOf(adminId))
				.header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries", hasSize(1)))
			.andExpect(jsonPath("$.entries[0].action").value("CREATE"))
			.andExpect(jsonPath("$.entries[0].username").value("system"))
			.andExpect(jsonPath("$.entries[0].entityType").value("user"))
			.andExpect(jsonPath("$.entries[0].changes[?(@.field == 'passwordHash')].newValue", everyItem(is("••••"))))
			.andExpect(jsonPath("$.next").doesNotExist());

		String next = com.jayway.jsonpath.JsonPath.read(this.mvc
			.perform(get("/api/v1/audit").param("action", "CREATE").param("limit", "2").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries", hasSize(2)))
			.andExpect(jsonPath("$.entries[*].action", everyItem(is("CREATE"))))
			.andExpect(jsonPath("$.next", notNullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.next");
		this.mvc
			.perform(get("/api/v1/audit").param("action", "CREATE")
				.param("limit", "2")
				.param("before", next)
				.header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries", hasSize(2)));
	}

	@Test
	void apiRejectsAnUnreadableFilter() throws Exception {
		this.mvc
			.perform(get("/api/v1/audit").param("from", "2025-13-45")
				.header("Authorization", Tokens.bearer(this.mvc, "admin")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private UserPrincipal principal(String username) {
		return this.principals.findActive(username).orElseThrow();
	}

}
