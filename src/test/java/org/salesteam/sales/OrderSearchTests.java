package org.salesteam.sales;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.TestDatabaseInitializer;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The order search ({@code q}: a prefix of the order number or a part of the customer's
 * name) reads each way of matching apart; the pages it returns must be exactly those of
 * the plain {@code or} over all orders, page after page, for every sort and visibility.
 */
@IntegrationTest
class OrderSearchTests {

	private static final int SIZE = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesOfASearchAreThoseOfTheWholeMatchInOrder() throws Exception {
		String day = this.jdbc
			.sql("select order_date from sales_order group by order_date order by count(*) desc, order_date limit 1")
			.query(java.time.LocalDate.class)
			.single()
			.toString()
			.replace("-", "");
		// ten days of order numbers (SO-yyyyMMd…), two customer-name words, and nothing
		List<String> terms = List.of("so-" + day.substring(0, 7), "药业", "食品", "无此单");
		int compared = 0;
		for (String user : List.of("director", "manager1", "rep1")) {
			String token = Tokens.bearer(this.mvc, user);
			for (String term : terms) {
				for (String[] sort : new String[][] { { "date", "true", "o.order_date desc, o.id desc" },
						{ "amount", "false", "o.net_amount asc, o.id" },
						{ "customer", "true", "c.name desc, o.id desc" } }) {
					List<String> expected = expected(user, term, sort[2]);
					int last = Math.max(0, (expected.size() - 1) / SIZE);
					for (int page : new int[] { 0, 1, 2, last / 2, last, last + 1 }) {
						List<String> want = expected.subList(Math.min(page * SIZE, expected.size()),
								Math.min(page * SIZE + SIZE, expected.size()));
						assertThat(listed(token, term, sort[0], sort[1], page))
							.as("%s searching %s by %s, page %d", user, term, sort[0], page)
							.isEqualTo(want);
						compared += want.size();
					}
				}
			}
		}
		assertThat(compared).as("orders compared").isGreaterThan(500);
	}

	@Test
	void onPostgresTheSearchesReadIndexes() {
		assumeTrue(TestDatabaseInitializer.onPostgres(), "operator classes and pg_trgm are PostgreSQL's");
		assertThat(this.jdbc
			.sql("select indexname from pg_indexes where indexname like 'ix_%_prefix' or indexname"
					+ " like 'ix_%_trgm'")
			.query(String.class)
			.list())
			.containsExactlyInAnyOrder("ix_order_number_prefix", "ix_customer_code_prefix", "ix_customer_name_trgm");
	}

	private List<String> listed(String token, String term, String sort, String desc, int page) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/orders").param("q", term)
				.param("sort", sort)
				.param("desc", desc)
				.param("page", String.valueOf(page))
				.param("size", String.valueOf(SIZE))
				.header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items[*].orderNumber");
	}

	/** The plain query: one {@code or} over the visible orders, no limit. */
	private List<String> expected(String user, String term, String order) {
		String visible = switch (user) {
			case "director" -> "1 = 1";
			case "manager1" -> "o.owner_id in (select u.id from app_user u join sales_team t on t.id = u.team_id"
					+ " join app_user m on m.id = t.manager_id where m.username = 'manager1') or o.owner_id = "
					+ "(select id from app_user where username = 'manager1')";
			default -> "o.owner_id = (select id from app_user where username = '" + user + "')";
		};
		return this.jdbc
			.sql("select o.order_number from sales_order o join customer c on c.id = o.customer_id where (" + visible
					+ ") and (o.order_number like :prefix or c.name like :contains) order by " + order)
			.param("prefix", term.toUpperCase() + "%")
			.param("contains", "%" + term + "%")
			.query(String.class)
			.list();
	}

}
