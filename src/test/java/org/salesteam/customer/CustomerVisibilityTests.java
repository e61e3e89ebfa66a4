package org.salesteam.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visibility rule inside every customer query of the API: own customers for a rep,
 * the team's for a manager, all for a director, none for support; anything else is 404.
 */
@IntegrationTest
class CustomerVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long rep1Customer;

	private long rep2Customer;

	@BeforeEach
	void createTwoCustomersWithTheSameWord() throws Exception {
		this.jdbc.sql("delete from customer where code like 'TV-%'").update();
		this.rep1Customer = CustomerApi.create(this.mvc, "TV-1", "上海甲乙丙食品有限公司", 150_000, "rep1");
		this.rep2Customer = CustomerApi.create(this.mvc, "TV-2", "杭州甲乙丙日化有限公司", 150_000, "rep2");
	}

	@Test
	void repListsOnlyTheirOwnCustomers() throws Exception {
		long rep1 = CustomerApi.userId(this.jdbc, "rep1");
		List<Number> owners = allOwnerIds("rep1", "");
		long owned = this.jdbc.sql("select count(*) from customer where owner_id = :id")
			.param("id", rep1)
			.query(Long.class)
			.single();
		assertThat(owners).hasSize((int) owned).isNotEmpty();
		assertThat(owners).allSatisfy((owner) -> assertThat(owner.longValue()).isEqualTo(rep1));
	}

	@Test
	void searchFindsAChineseSubstringAmongOwnCustomersOnly() throws Exception {
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		this.mvc.perform(get("/api/v1/customers").param("q", "甲乙丙").header("Authorization", rep1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].name").value("上海甲乙丙食品有限公司"))
			.andExpect(jsonPath("$.nextPage").doesNotExist());
		this.mvc
			.perform(get("/api/v1/customers").param("q", "乙丙")
				.header("Authorization", Tokens.bearer(this.mvc, "director")))
			.andExpect(jsonPath("$.items", hasSize(2)));
	}

	@Test
	void searchMatchesACodePrefixInAnyCase() throws Exception {
		this.mvc
			.perform(get("/api/v1/customers").param("q", "tv-")
				.param("sort", "code")
				.header("Authorization", Tokens.bearer(this.mvc, "director")))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].code").value("TV-1"));
		this.mvc
			.perform(get("/api/v1/customers").param("q", "V-1")
				.header("Authorization", Tokens.bearer(this.mvc, "director")))
			.andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void anotherRepsCustomerIsNotFoundAndUnchanged() throws Exception {
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		this.mvc.perform(get("/api/v1/customers/" + this.rep2Customer).header("Authorization", rep1))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/customers/" + this.rep2Customer).header("Authorization", rep1)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"TV-2\",\"name\":\"改名了\",\"potential\":5000000,\"version\":0}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/customers/" + this.rep2Customer + "/contacts").header("Authorization", rep1))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/customers/" + this.rep2Customer + "/class-history").header("Authorization", rep1))
			.andExpect(status().isNotFound());
		String name = this.jdbc.sql("select name from customer where id = :id")
			.param("id", this.rep2Customer)
			.query(String.class)
			.single();
		assertThat(name).isEqualTo("杭州甲乙丙日化有限公司");
	}

	@Test
	void contactsOfAnotherRepsCustomerAreNotFound() throws Exception {
		Number contactId = this.jdbc
			.sql("select min(id) from contact where customer_id in "
					+ "(select id from customer where owner_id = (select id from app_user where username = 'rep6'))")
			.query(Long.class)
			.single();
		assertThat(contactId).isNotNull();
		this.mvc.perform(get("/api/v1/contacts/" + contactId).header("Authorization", Tokens.bearer(this.mvc, "rep1")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/contacts/" + contactId).header("Authorization", Tokens.bearer(this.mvc, "rep6")))
			.andExpect(status().isOk());
	}

	@Test
	void managerSeesTheCustomersOfTheirTeamOnly() throws Exception {
		Set<Long> team = Set.copyOf(this.jdbc.sql("""
				select id from app_user where username in ('manager1', 'rep1', 'rep2', 'rep3', 'rep4', 'rep5')
				""").query(Long.class).list());
		List<Number> owners = allOwnerIds("manager1", "");
		long expected = this.jdbc
			.sql("select count(*) from customer c join app_user u on u.id = c.owner_id "
					+ "join sales_team t on t.id = u.team_id where t.name = '华东一部'")
			.query(Long.class)
			.single();
		assertThat(owners).hasSize((int) expected);
		assertThat(owners).allSatisfy((owner) -> assertThat(team).contains(owner.longValue()));
		this.mvc
			.perform(get("/api/v1/customers/" + this.rep2Customer).header("Authorization",
					Tokens.bearer(this.mvc, "manager1")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/customers/" + this.rep2Customer).header("Authorization",
					Tokens.bearer(this.mvc, "manager2")))
			.andExpect(status().isNotFound());
	}

	@Test
	void directorSeesEveryCustomerIncludingThePool() throws Exception {
		long all = this.jdbc.sql("select count(*) from customer").query(Long.class).single();
		assertThat(allOwnerIds("director", "")).hasSize((int) all);
		long pool = this.jdbc.sql("select count(*) from customer where owner_id is null").query(Long.class).single();
		assertThat(allOwnerIds("director", "&pool=true")).hasSize((int) pool).containsOnlyNulls();
	}

	@Test
	void supportSeesNoCustomers() throws Exception {
		String support = Tokens.bearer(this.mvc, "support1");
		this.mvc.perform(get("/api/v1/customers").header("Authorization", support))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)));
		this.mvc.perform(get("/api/v1/customers/pool").header("Authorization", support))
			.andExpect(jsonPath("$.items", hasSize(0)));
		this.mvc.perform(get("/api/v1/customers/" + this.rep1Customer).header("Authorization", support))
			.andExpect(status().isNotFound());
	}

	@Test
	void pagesReadOneRowMoreToKnowThereIsANextPage() throws Exception {
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		this.mvc.perform(get("/api/v1/customers").param("size", "5").header("Authorization", rep1))
			.andExpect(jsonPath("$.items", hasSize(5)))
			.andExpect(jsonPath("$.nextPage").value(1));
		this.mvc
			.perform(get("/api/v1/customers").param("sort", "name; drop table customer")
				.param("q", "甲乙丙")
				.header("Authorization", rep1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)));
	}

	@Test
	void staleVersionIsAConflictAndChangesNothing() throws Exception {
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		String body = "{\"code\":\"TV-1\",\"name\":\"%s\",\"potential\":150000,\"version\":%d}";
		this.mvc
			.perform(put("/api/v1/customers/" + this.rep1Customer).header("Authorization", rep1)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("上海甲乙丙食品股份有限公司", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/customers/" + this.rep1Customer).header("Authorization", rep1)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("过时的修改", 0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该记录已被其他人修改，请刷新后重试。"));
		assertThat(this.jdbc.sql("select name from customer where id = :id")
			.param("id", this.rep1Customer)
			.query(String.class)
			.single()).isEqualTo("上海甲乙丙食品股份有限公司");
	}

	@Test
	void invalidCustomerIsABadRequestWithFieldErrors() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/customers")
				.header("Authorization", Tokens.bearer(this.mvc, "rep1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"TV-3\",\"name\":\"\",\"potential\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("必填。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'potential')].message").value("不能小于 0。"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/customers")
				.header("Authorization", Tokens.bearer(this.mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"TV-1\",\"name\":\"重复编码\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	private List<Number> allOwnerIds(String username, String extra) throws Exception {
		String bearer = Tokens.bearer(this.mvc, username);
		List<Number> owners = new ArrayList<>();
		Integer page = 0;
		while (page != null) {
			String body = this.mvc
				.perform(get("/api/v1/customers?size=200&page=" + page + extra).header("Authorization", bearer))
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
