package org.salesteam.keyaccount;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.ModuleTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whitespace grid of a group worked by hand: a parent (rep1's) with a subsidiary of
 * rep1 and one of rep6, two categories of its own, orders inside, on the edge of and
 * outside the 365 days ending on 2026-06-30, a cancelled order, an open and a lost
 * opportunity. A module test: its orders are written straight to the tables, which the
 * shared demo company's KPI rollups would not know of. All dependencies start: the module
 * reads the KPI engine (plans' attainment), which needs the work log's and visits' beans.
 */
@ModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class WhitespaceApiTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long parent;

	private long plant;

	private long foreignPlant;

	@BeforeEach
	void group() {
		if (this.jdbc.sql("select count(*) from product where code = 'WS-A'").query(Long.class).single() > 0) {
			this.parent = id("select id from customer where code = 'WS-P'");
			this.plant = id("select id from customer where code = 'WS-C1'");
			this.foreignPlant = id("select id from customer where code = 'WS-C2'");
			return;
		}
		long a = product("WS-A", "白测类甲");
		long b = product("WS-B", "白测类乙");
		this.parent = customer("WS-P", "白测集团", "rep1", null);
		this.plant = customer("WS-C1", "白测集团一厂", "rep1", this.parent);
		this.foreignPlant = customer("WS-C2", "白测集团二厂", "rep6", this.parent);
		order(this.parent, "2026-01-10", "CONFIRMED", a, "1000.00");
		order(this.parent, "2025-06-30", "DELIVERED", b, "500.00");
		order(this.parent, "2026-03-01", "CANCELLED", b, "300.00");
		order(this.parent, "2026-07-01", "CONFIRMED", b, "700.00");
		order(this.plant, "2025-07-01", "DELIVERED", b, "200.00");
		order(this.foreignPlant, "2026-02-01", "CONFIRMED", b, "50.00");
		opportunity(this.plant, "QUOTE", a);
		opportunity(this.parent, "LOST", b);
	}

	private ResultActions whitespace(String user, long customer) throws Exception {
		return this.mvc.perform(get("/api/v1/customers/" + customer + "/whitespace").param("asOf", AS_OF.toString())
			.header("Authorization", Tokens.bearer(this.mvc, user)));
	}

	private static String cell(long centre, String category, String field) {
		return "$.cells[?(@.centre == " + centre + " && @.category == '" + category + "')]." + field;
	}

	@Test
	void eachCellIsOwnedPipelineOrGap() throws Exception {
		whitespace("rep1", this.parent).andExpect(status().isOk())
			// rep1 does not see rep6's plant: two centres, the parent first
			.andExpect(jsonPath("$.centres[*].id").value(contains((int) this.parent, (int) this.plant)))
			.andExpect(jsonPath("$.categories").value(hasItems("白测类甲", "白测类乙")))
			// 2026-01-10 is inside the window: 1000
			.andExpect(jsonPath(cell(this.parent, "白测类甲", "state")).value(contains("OWNED")))
			.andExpect(jsonPath(cell(this.parent, "白测类甲", "sales12m")).value(contains(1000.0)))
			// 2025-06-30 is the 366th day back, the cancelled order does not count,
			// 2026-07-01 is after asOf;
			// the lost opportunity is not pipeline
			.andExpect(jsonPath(cell(this.parent, "白测类乙", "state")).value(contains("GAP")))
			.andExpect(jsonPath(cell(this.parent, "白测类乙", "sales12m")).value(contains(0)))
			// the plant: 2025-07-01 is the first day of the window; an open quote for
			// category 甲
			.andExpect(jsonPath(cell(this.plant, "白测类乙", "state")).value(contains("OWNED")))
			.andExpect(jsonPath(cell(this.plant, "白测类乙", "sales12m")).value(contains(200.0)))
			.andExpect(jsonPath(cell(this.plant, "白测类甲", "state")).value(contains("PIPELINE")));
	}

	@Test
	void theDirectorSeesEveryCentreAndOthersSeeNothing() throws Exception {
		whitespace("director", this.parent).andExpect(status().isOk())
			.andExpect(jsonPath("$.centres.length()").value(3))
			.andExpect(jsonPath(cell(this.foreignPlant, "白测类乙", "state")).value(contains("OWNED")));
		// a customer without subsidiaries is its own single centre
		whitespace("rep6", this.foreignPlant).andExpect(status().isOk())
			.andExpect(jsonPath("$.centres.length()").value(1));
		whitespace("rep6", this.parent).andExpect(status().isNotFound());
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private long next() {
		return id("select nextval('app_seq')");
	}

	private long product(String code, String category) {
		long id = next();
		this.jdbc.sql("""
				insert into product (id, code, name, category, unit, list_price, standard_cost, active, created_at)
				values (:id, :code, :code, :category, '件', 10, 5, true, current_timestamp)""")
			.param("id", id)
			.param("code", code)
			.param("category", category)
			.update();
		return id;
	}

	private long customer(String code, String name, String owner, Long parentId) {
		long id = next();
		this.jdbc.sql("""
				insert into customer (id, code, name, owner_id, status, customer_class, parent_customer_id, created_at)
				select :id, :code, :name, u.id, 'ACTIVE', 'B', :parent, current_timestamp
				from app_user u where u.username = :owner""")
			.param("id", id)
			.param("code", code)
			.param("name", name)
			.param("owner", owner)
			.param("parent", parentId)
			.update();
		return id;
	}

	private void order(long customer, String date, String status, long product, String amount) {
		long id = next();
		this.jdbc
			.sql("""
					insert into sales_order (id, order_number, customer_id, order_date, status, net_amount, cost, created_at)
					values (:id, :number, :customer, :date, :status, :amount, 0, current_timestamp)""")
			.param("id", id)
			.param("number", "WS-" + id)
			.param("customer", customer)
			.param("date", LocalDate.parse(date))
			.param("status", status)
			.param("amount", new java.math.BigDecimal(amount))
			.update();
		this.jdbc.sql("""
				insert into order_line (order_id, line_no, product_id, quantity, unit_price, net_amount, cost)
				values (:id, 1, :product, 1, :amount, :amount, 0)""")
			.param("id", id)
			.param("product", product)
			.param("amount", new java.math.BigDecimal(amount))
			.update();
	}

	private void opportunity(long customer, String stage, long product) {
		long id = next();
		this.jdbc.sql("""
				insert into opportunity (id, customer_id, name, stage, amount, created_at)
				values (:id, :customer, '白测机会', :stage, 100, current_timestamp)""")
			.param("id", id)
			.param("customer", customer)
			.param("stage", stage)
			.update();
		this.jdbc.sql("""
				insert into opportunity_line (opportunity_id, line_no, product_id, quantity, amount)
				values (:id, 1, :product, 1, 100)""").param("id", id).param("product", product).update();
	}

}
