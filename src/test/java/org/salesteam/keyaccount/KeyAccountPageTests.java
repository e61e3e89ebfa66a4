package org.salesteam.keyaccount;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The key-account pages on the demo company: the list with key accounts and plans, an
 * account's page with its team, a plan's page with its objectives, the designation form,
 * and a plan of another team's account answered as not found.
 */
@IntegrationTest
class KeyAccountPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListShowsTheKeyAccountsAndPlansTheUserReads() throws Exception {
		String page = page("manager2", "/key-accounts?plans=SUBMITTED");
		Object[] plan = demoPlan("rep6");
		assertThat(page).contains("id=\"keyAccounts\"").contains("id=\"planList\"").contains((String) plan[1]);
		assertThat(page("manager1", "/key-accounts")).doesNotContain((String) plan[1]);
	}

	@Test
	void aPlanPageShowsItsObjectivesAndIsHiddenFromAnotherTeam() throws Exception {
		Object[] plan = demoPlan("rep6");
		String page = page("manager2", "/key-accounts/plans/" + plan[0]);
		assertThat(page).contains("id=\"objectives\"").contains("本年度销售额").contains("id=\"approvePlan\"");
		MvcResult other = this.mvc.perform(get("/key-accounts/plans/" + plan[0]).session(session("rep1"))).andReturn();
		assertThat(other.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aManagerDesignatesAKeyAccountOnItsPage() throws Exception {
		long customer = new KeyAccountCalls(this.mvc).customer("rep1", "页面认定客户");
		MockHttpSession manager = session("manager1");
		assertThat(page(manager, "/customers/" + customer + "/key-account")).contains("id=\"designateForm\"")
			.contains("id=\"teamTable\"");
		MvcResult done = this.mvc
			.perform(post("/customers/" + customer + "/key-account").param("strategicFit", "5")
				.param("reason", "集团总部")
				.with(csrf())
				.session(manager))
			.andReturn();
		assertThat(done.getResponse().getStatus()).isEqualTo(303);
		assertThat(this.jdbc.sql("select key_account from customer where id = :c")
			.param("c", customer)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(page(manager, "/customers/" + customer + "/key-account")).contains("集团总部");
		// a rep reads the page but has no forms
		assertThat(page("rep1", "/customers/" + customer + "/key-account")).doesNotContain("id=\"designateForm\"")
			.contains("id=\"newPlanForm\"");
	}

	@Test
	void aPlanIsExportedAsAWorkbookForTheReviewMeeting() throws Exception {
		Object[] plan = demoPlan("rep6");
		MvcResult result = this.mvc
			.perform(get("/key-accounts/plans/" + plan[0] + "/export").session(session("manager2")))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(4);
			assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo(plan[1]);
			// the demo's first objective: this year's sales, a number
			assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("本年度销售额");
			assertThat(book.getSheetAt(1).getRow(1).getCell(2).getNumericCellValue()).isPositive();
		}
		assertThat(this.mvc.perform(get("/key-accounts/plans/" + plan[0] + "/export").session(session("rep1")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	/** The demo's plan of the rep's account: id and customer name. */
	private Object[] demoPlan(String rep) {
		return this.jdbc.sql("""
				select p.id, c.name from ka_plan p join customer c on c.id = p.customer_id
				join app_user u on u.id = c.owner_id where u.username = :rep order by p.id fetch first 1 rows only""")
			.param("rep", rep)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
	}

	private String page(String user, String path) throws Exception {
		return page(session(user), path);
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return new KeyAccountCalls(this.mvc).page(session, path);
	}

	private MockHttpSession session(String user) throws Exception {
		return new KeyAccountCalls(this.mvc).session(user);
	}

}
