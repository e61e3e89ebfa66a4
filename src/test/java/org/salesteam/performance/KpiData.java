package org.salesteam.performance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The small data set of the KPI tests, created through the customer and order APIs in
 * 2009 and 2010 — long before the demo company's orders — so that the company, team,
 * territory and rep figures of those months contain these rows only.
 *
 * <pre>
 * #  customer rep   territory date        net    cost   state
 * 1  A        rep4  SH        2010-01-10  1000   600
 * 2  B        rep4  SH        2010-01-20   500   400
 * 3  A        rep4  SH        2010-02-05  2000  1500
 * 4  C        rep4  SH        2010-02-10   600   300
 * 5  D        rep4  ZJ        2010-02-15   400   200   cancelled
 * 6  A        rep4  SH        2010-02-20  1200  1000
 * 7  E        rep9  JS        2010-02-12  3000  2000
 * 8  C        rep4  SH        2010-02-25   800   500   cancelled
 * 9  A        rep4  SH        2009-02-14   700   350
 * P  prospect of rep4 without orders, created 2009-12-01
 * opportunities of rep4 closed in February 2010: 2 won, 1 lost; 1 won in January
 * </pre>
 */
final class KpiData {

	private static final AtomicInteger NEXT = new AtomicInteger();

	final Map<String, Long> customers = new LinkedHashMap<>();

	final Map<Integer, Long> orders = new LinkedHashMap<>();

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	KpiData(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	KpiData create() throws Exception {
		for (String name : List.of("A", "B", "C", "D", "P")) {
			this.customers.put(name, customer(name, "rep4"));
		}
		this.customers.put("E", customer("E", "rep9"));
		order(1, "A", "rep4", "SH", "2010-01-10", "1000", "600");
		order(2, "B", "rep4", "SH", "2010-01-20", "500", "400");
		order(3, "A", "rep4", "SH", "2010-02-05", "2000", "1500");
		order(4, "C", "rep4", "SH", "2010-02-10", "600", "300");
		order(5, "D", "rep4", "ZJ", "2010-02-15", "400", "200");
		order(6, "A", "rep4", "SH", "2010-02-20", "1200", "1000");
		order(7, "E", "rep9", "JS", "2010-02-12", "3000", "2000");
		order(8, "C", "rep4", "SH", "2010-02-25", "800", "500");
		order(9, "A", "rep4", "SH", "2009-02-14", "700", "350");
		cancel(5, "rep4");
		cancel(8, "rep4");
		this.jdbc.sql("update customer set created_at = :at where id = :id")
			.param("at", java.time.OffsetDateTime.parse("2009-12-01T09:00:00+08:00"))
			.param("id", this.customers.get("P"))
			.update();
		opportunity("A", "WON", "2010-02-03");
		opportunity("A", "WON", "2010-02-27");
		opportunity("C", "LOST", "2010-02-11");
		opportunity("B", "WON", "2010-01-30");
		return this;
	}

	long territory(String code) {
		return this.jdbc.sql("select id from territory where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	long team(String name) {
		return this.jdbc.sql("select id from sales_team where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	long user(String username) {
		return this.jdbc.sql("select id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long customer(String name, String owner) throws Exception {
		String code = "KPI-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
		MvcResult result = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/customers")
				.header("Authorization", Tokens.bearer(this.mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"指标测试客户%s%d","potential":100000,"creditLimit":0,"paymentTermsDays":30,
						 "ownerUsername":"%s"}
						""".formatted(code, name, NEXT.get(), owner)))
			.andReturn();
		return created(result);
	}

	void order(int no, String customer, String rep, String territory, String date, String net, String cost)
			throws Exception {
		long product = this.jdbc.sql("select id from product where code = 'SW-002'").query(Long.class).single();
		MvcResult result = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/orders")
				.header("Authorization", Tokens.bearer(this.mvc, rep))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"customerId":%d,"orderDate":"%s","territoryId":%d,
						 "lines":[{"productId":%d,"quantity":1,"unitPrice":%s,"netAmount":%s,"cost":%s}]}
						""".formatted(this.customers.get(customer), date, territory(territory), product, net, net,
						cost)))
			.andReturn();
		this.orders.put(no, created(result));
	}

	void cancel(int no, String user) throws Exception {
		MvcResult result = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/orders/" + this.orders.get(no) + "/cancel")
				.header("Authorization", Tokens.bearer(this.mvc, user))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"客户撤单\"}"))
			.andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
	}

	private void opportunity(String customer, String stage, String closedOn) {
		long id = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
		this.jdbc.sql("""
				insert into opportunity (id, version, customer_id, owner_id, name, stage, amount, closed_on, created_at)
				values (:id, 0, :customer, :owner, :name, :stage, 1000, :closed, :created)
				""")
			.param("id", id)
			.param("customer", this.customers.get(customer))
			.param("owner", user("rep4"))
			.param("name", "指标测试机会" + id)
			.param("stage", stage)
			.param("closed", java.time.LocalDate.parse(closedOn))
			.param("created", java.time.OffsetDateTime.parse("2009-12-01T09:00:00+08:00"))
			.update();
	}

	private static long created(MvcResult result) throws Exception {
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

}
