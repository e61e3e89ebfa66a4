package org.salesteam.customer;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, defect 12: automatic codes that only an admin may type or change, the
 * duplicate check (查重) on registration — by API (409 listing the similar customers the
 * caller may read, unless {@code confirmDuplicate}) and on the form ("create anyway") —
 * required fields marked and length limits named in the messages.
 */
@IntegrationTest
class CustomerDuplicateTests {

	private static final String TAX_ID = "91330200CD2000001X";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long rep1s;

	@BeforeEach
	void createCustomers() throws Exception {
		removeCustomers();
		this.rep1s = JsonPath
			.<Number>read(create(Tokens.bearer(this.mvc, "admin"),
					"{\"code\":\"CD-1\",\"name\":\"宁波查重测试纸业有限责任公司\",\"taxId\":\"" + TAX_ID
							+ "\",\"phone\":\"0574-8765 4321\",\"potential\":250000,\"ownerUsername\":\"rep1\"}",
					201), "$.id")
			.longValue();
		CustomerApi.create(this.mvc, "CD-2", "厦门查重测试日化有限公司", 250_000, "rep11");
	}

	@AfterEach
	void removeCustomers() {
		this.jdbc.sql("delete from customer where name like '%查重测试%'").update();
	}

	@Test
	void theSameCompanyWrittenAnotherWayIsA409ListingTheCustomersTheCallerMayRead() throws Exception {
		// （集团）, full-width letters, spaces and another legal form: the same name key
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		String body = create(rep1, "{\"name\":\"宁波 查重测试纸业（集团）股份有限公司\",\"potential\":1000}", 409);
		assertThat(JsonPath.<String>read(body, "$.title")).isEqualTo("发现疑似重复的客户");
		assertThat(JsonPath.<String>read(body, "$.detail")).contains("宁波查重测试纸业有限责任公司 (CD-1)");
		assertThat(JsonPath.<List<String>>read(body, "$.similar[*].code")).containsExactly("CD-1");
		assertThat(JsonPath.<List<String>>read(body, "$.similar[0].matchedOn")).containsExactly("name");
		assertThat(JsonPath.<String>read(body, "$.similar[0].owner")).isNotBlank();
		assertThat(JsonPath.<Integer>read(body, "$.hiddenMatches")).isZero();
		// rep11 may not read rep1's customer: the tax id matches, nothing of it is shown
		String rep11 = Tokens.bearer(this.mvc, "rep11");
		String hidden = create(rep11,
				"{\"name\":\"另一个名字查重测试\",\"taxId\":\"" + TAX_ID.toLowerCase() + "\",\"potential\":1000}", 409);
		assertThat(JsonPath.<List<Object>>read(hidden, "$.similar")).isEmpty();
		assertThat(JsonPath.<Integer>read(hidden, "$.hiddenMatches")).isEqualTo(1);
		assertThat(hidden).doesNotContain("CD-1").doesNotContain("宁波");
		assertThat(count("select count(*) from customer where name like '%查重测试%'")).isEqualTo(2);
		// confirmed: registered, under an automatic code
		String created = create(rep1, "{\"name\":\"宁波 查重测试纸业（集团）股份有限公司\",\"potential\":1000,\"confirmDuplicate\":true}",
				201);
		assertThat(JsonPath.<String>read(created, "$.code")).matches("KH-\\d{4}-\\d{5,}");
	}

	@Test
	void aPhoneMatchIsShownButDoesNotBlock() throws Exception {
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		this.mvc
			.perform(get("/api/v1/customers/similar").param("phone", "+86 574 87654321").header("Authorization", rep1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.similar[0].code").value("CD-1"))
			.andExpect(jsonPath("$.similar[0].matchedOn[0]").value("phone"));
		String created = create(rep1, "{\"name\":\"电话相同查重测试\",\"phone\":\"0574-87654321\",\"potential\":1000}", 201);
		assertThat(JsonPath.<String>read(created, "$.phone")).isEqualTo("0574-87654321");
	}

	@Test
	void onlyAnAdminChoosesOrChangesTheCodeAndAutomaticCodesFollowEachOther() throws Exception {
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		String first = JsonPath.read(create(rep1, "{\"code\":\"CD-MINE\",\"name\":\"编码一查重测试\",\"potential\":1}", 201),
				"$.code");
		String second = JsonPath.read(create(rep1, "{\"name\":\"编码二查重测试\",\"potential\":1}", 201), "$.code");
		assertThat(first).matches("KH-\\d{4}-\\d{5,}");
		// the running number is the part after the last dash; the second is drawn right
		// after the first
		long number = Long.parseLong(first.substring(first.lastIndexOf('-') + 1));
		assertThat(second)
			.isEqualTo(first.substring(0, first.lastIndexOf('-') + 1) + String.format("%05d", number + 1));
		int version = JsonPath
			.read(this.mvc.perform(get("/api/v1/customers/" + this.rep1s).header("Authorization", rep1))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.version");
		this.mvc
			.perform(put("/api/v1/customers/" + this.rep1s).header("Authorization", rep1)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"CD-HACK\",\"name\":\"宁波查重测试纸业有限责任公司\",\"potential\":250000,\"version\":" + version
						+ "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("CD-1"));
		String admin = Tokens.bearer(this.mvc, "admin");
		assertThat(JsonPath.<String>read(create(admin, "{\"code\":\"cd-3\",\"name\":\"管理员查重测试\",\"potential\":1}", 201),
				"$.code"))
			.isEqualTo("CD-3");
	}

	@Test
	void lengthLimitsNameTheFieldAndTheLimitInBothLanguages() throws Exception {
		String longName = "长".repeat(201);
		this.mvc
			.perform(post("/api/v1/customers").header("Authorization", Tokens.bearer(this.mvc, "rep1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + longName + "\",\"taxId\":\"123\",\"potential\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("客户名称最多 200 个字。")))
			.andExpect(content().string(containsString("统一社会信用代码应为 18 位数字或字母。")));
		this.mvc
			.perform(post("/api/v1/customers").header("Authorization", Tokens.bearer(this.mvc, "rep1"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + longName + "\",\"potential\":1}"))
			.andExpect(content().string(containsString("The customer name has at most 200 characters.")));
	}

	@Test
	void theFormShowsTheSimilarCustomersAndNeedsCreateAnyway() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		String page = this.mvc.perform(get("/customers/new").session(rep1))
			.andExpect(content().string(containsString("aria-required=\"true\"")))
			.andExpect(content().string(containsString("readonly")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// name, potential and credit limit are marked; every field is on the page once
		assertThat(page.split("aria-required=\"true\"", -1)).hasSize(4);
		assertThat(page.split("name=\"industry\"", -1)).hasSize(2);
		this.mvc.perform(get("/customers/similar").param("name", "宁波查重测试纸业有限公司").session(rep1))
			.andExpect(content().string(containsString("宁波查重测试纸业有限责任公司")))
			.andExpect(content().string(containsString("id=\"confirmDuplicate\"")));
		this.mvc.perform(get("/customers/similar").param("taxId", TAX_ID).session(signIn("rep11")))
			.andExpect(content().string(containsString("已有一家客户由其他销售负责（统一社会信用代码相同）")))
			.andExpect(content().string(not(containsString("宁波"))));
		this.mvc.perform(form(rep1).param("name", "宁波查重测试纸业有限公司"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"duplicateWarning\"")))
			.andExpect(content().string(containsString("仍然新建")));
		assertThat(count("select count(*) from customer where name = '宁波查重测试纸业有限公司'")).isZero();
		this.mvc.perform(form(rep1).param("name", "宁波查重测试纸业有限公司").param("confirmDuplicate", "true"))
			.andExpect(status().isSeeOther());
		assertThat(count("select count(*) from customer where name = '宁波查重测试纸业有限公司'")).isOne();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(MockHttpSession session) {
		return post("/customers").session(session)
			.with(csrf())
			.param("potential", "1000")
			.param("creditLimit", "0")
			.param("paymentTermsDays", "30");
	}

	private String create(String bearer, String json, int expectedStatus) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/customers").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
			.isEqualTo(expectedStatus);
		return result.getResponse().getContentAsString();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/**
	 * The demo customers carry tax ids (91, a division code, 9 digits, the check
	 * character) and switchboard phones, no two alike, so the duplicate check can be
	 * shown on the demo.
	 */
	@Test
	void demoCustomersHaveDistinctTaxIdsAndPhones() {
		String figures = "select count(*) || '/' || count(distinct tax_id) || '/' || count(distinct phone_key) "
				+ "|| '/' || count(tax_id) from customer where created_at < :before";
		String[] counts = this.jdbc.sql(figures)
			.param("before", java.time.OffsetDateTime.now().minusDays(100))
			.query(String.class)
			.single()
			.split("/");
		assertThat(Integer.parseInt(counts[0])).isGreaterThan(100);
		assertThat(counts).containsOnly(counts[0]);
		assertThat(this.jdbc.sql("select tax_id from customer where created_at < :before")
			.param("before", java.time.OffsetDateTime.now().minusDays(100))
			.query(String.class)
			.list()).allMatch((taxId) -> taxId.matches("91[0-9]{15}[0-9A-Y]"));
	}

}
