package org.salesteam.io;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The order-line export reads a thousand orders at a time; put together, the chunks must
 * be every visible line exactly once, newest order first, as one query over all lines
 * would give them — for the whole company (several chunks), a category and a rep.
 */
@IntegrationTest
class OrderLineExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDirectorsExportIsEveryLineNewestOrderFirst() throws Exception {
		List<String> expected = expected("1 = 1");
		assertThat(this.jdbc.sql("select count(*) from sales_order").query(Long.class).single())
			.as("orders: more than two chunks")
			.isGreaterThan(2000);
		assertThat(exported("director", get("/api/v1/order-lines/export"))).isEqualTo(expected);
	}

	@Test
	void aCategoryAndARepGetTheirLinesOnly() throws Exception {
		String category = this.jdbc.sql("select min(category) from product").query(String.class).single();
		List<String> ofCategory = expected("p.category = '" + category + "'");
		assertThat(ofCategory).isNotEmpty();
		assertThat(exported("director", get("/api/v1/order-lines/export").param("category", category)))
			.isEqualTo(ofCategory);
		List<String> ofRep1 = expected("o.owner_id = (select id from app_user where username = 'rep1')");
		assertThat(ofRep1).isNotEmpty();
		assertThat(exported("rep1", get("/api/v1/order-lines/export"))).isEqualTo(ofRep1);
	}

	/** order number / line number, in the order of the file. */
	private List<String> exported(String user, MockHttpServletRequestBuilder request) throws Exception {
		byte[] body = this.mvc
			.perform(request.param("format", "csv").header("Authorization", Tokens.bearer(this.mvc, user)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<CSVRecord> records = OrderImportTests.parse(body);
		return records.subList(1, records.size()).stream().map((r) -> r.get(0) + "/" + r.get(1)).toList();
	}

	private List<String> expected(String condition) {
		return this.jdbc
			.sql("""
					select o.order_number, l.line_no from order_line l join sales_order o on o.id = l.order_id
					join product p on p.id = l.product_id where %s order by o.order_date desc, o.id desc, length(l.line_no), l.line_no
					"""
				.formatted(condition))
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2))
			.list();
	}

}
