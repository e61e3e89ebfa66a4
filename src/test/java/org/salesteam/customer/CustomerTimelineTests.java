package org.salesteam.customer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer 360 timeline: the customer module's entries (created, class changes, owner
 * transfer, status) merged with the sales module's (orders placed and cancelled,
 * payments), newest first, {@code limit} at a time with "more"; another rep's customer →
 * 404.
 */
@IntegrationTest
class CustomerTimelineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long customer;

	private String first;

	private String second;

	@BeforeEach
	void buildAHistory() throws Exception {
		this.jdbc.sql("delete from sales_order where customer_id in (select id from customer where code = 'TL-1')")
			.update();
		this.jdbc.sql("delete from customer where code = 'TL-1'").update();
		// 250,000 potential: class B by the default thresholds (B from 200,000, A from 1
		// million)
		this.customer = CustomerApi.create(this.mvc, "TL-1", "苏州时间线测试包装有限公司", 250_000, "rep1");
		call("admin", "/api/v1/customers/transfer",
				"{\"customerIds\":[" + this.customer + "],\"toRepUsername\":\"rep2\"}");
		call("admin", "/api/v1/customers/" + this.customer + "/classification",
				"{\"class\":\"A\",\"reason\":\"战略客户\"}");
		long product = this.jdbc.sql("select min(id) from product where active = true").query(Long.class).single();
		long orderA = JsonPath
			.<Number>read(call("rep2", "/api/v1/orders",
					"{\"customerId\":" + this.customer + ",\"lines\":[{\"productId\":" + product
							+ ",\"quantity\":2,\"unitPrice\":100}]}"),
					"$.id")
			.longValue();
		call("rep2", "/api/v1/orders/" + orderA + "/invoice", "{}");
		call("rep2", "/api/v1/orders/" + orderA + "/payments", "{\"amount\":50}");
		long orderB = JsonPath
			.<Number>read(call("rep2", "/api/v1/orders",
					"{\"customerId\":" + this.customer + ",\"lines\":[{\"productId\":" + product
							+ ",\"quantity\":1,\"unitPrice\":30}]}"),
					"$.id")
			.longValue();
		call("rep2", "/api/v1/orders/" + orderB + "/cancel", "{\"reason\":\"客户改单\"}");
		this.first = number(orderA);
		this.second = number(orderB);
	}

	@Test
	void theTimelineMergesCustomerAndSalesEntries() throws Exception {
		String html = timeline("rep2", 50);
		String rep1 = name("rep1");
		String rep2 = name("rep2");
		assertThat(html).contains("客户建档")
			.contains("按采购潜力自动调级：— → B")
			.contains("人工调级：B → A（" + name("admin") + "，原因：战略客户）")
			.contains("由 " + rep1 + " 移交给 " + rep2)
			.contains("状态变为成交客户")
			.contains("下单 " + this.first + "，金额 ¥200.00")
			.contains("收到回款 ¥50.00（订单 " + this.first + "）")
			.contains("下单 " + this.second + "，金额 ¥30.00")
			.contains("订单 " + this.second + " 已取消，原因：客户改单")
			.contains("href=\"/orders/");
		// everything happened today: 1 created + 2 class + 1 transfer + 1 status + 2
		// orders + 1 payment + 1 cancellation = 9 entries
		assertThat(count(html, "data-kind=")).isEqualTo(9);
		assertThat(html).doesNotContain("id=\"timelineMore\"");
	}

	@Test
	void aLimitShowsTheNewestAndOffersMore() throws Exception {
		String html = timeline("rep2", 4);
		assertThat(count(html, "data-kind=")).isEqualTo(4);
		assertThat(html).contains("id=\"timelineMore\"").contains("limit=19");
	}

	@Test
	void anotherRepsCustomerTimelineIsNotFound() throws Exception {
		this.mvc.perform(get("/customers/" + this.customer + "/timeline").session(signIn("rep3")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTimelineSpeaksEnglish() throws Exception {
		String html = this.mvc
			.perform(get("/customers/" + this.customer + "/timeline").param("lang", "en").session(signIn("rep2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Order " + this.second + " cancelled, reason: 客户改单").contains("Customer created");
	}

	private String timeline(String username, int limit) throws Exception {
		return this.mvc
			.perform(get("/customers/" + this.customer + "/timeline").param("limit", String.valueOf(limit))
				.session(signIn(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String call(String username, String path, String json) throws Exception {
		var result = this.mvc
			.perform(post(path).header("Authorization", Tokens.bearer(this.mvc, username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString())
			.isBetween(200, 201);
		return result.getResponse().getContentAsString();
	}

	private String number(long orderId) {
		return this.jdbc.sql("select order_number from sales_order where id = :id")
			.param("id", orderId)
			.query(String.class)
			.single();
	}

	private String name(String username) {
		return this.jdbc.sql("select display_name from app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

	private static int count(String text, String needle) {
		Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
