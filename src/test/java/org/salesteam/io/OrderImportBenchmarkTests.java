package org.salesteam.io;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How long 100,000 order lines take through the API with the production chunk size:
 * 25,000 orders × 4 lines for 1,000 new customers and 200 new products, then the same
 * file again (all unchanged). Prints the figures; asserts only the counts, never a time.
 * Opt-in: {@code ./mvnw test -Dtest=OrderImportBenchmarkTests -Dbenchmark=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestPropertySource(properties = { "salesteam.import.max-file-size=60MB", "salesteam.import.chunk-size=1000" })
class OrderImportBenchmarkTests {

	private static final int ORDERS = 25_000;

	private static final int LINES = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedOrders() {
		this.jdbc
			.sql("delete from order_line where order_id in "
					+ "(select id from sales_order where order_number like 'BM-SO-%')")
			.update();
		this.jdbc.sql("delete from sales_order where order_number like 'BM-SO-%'").update();
		this.jdbc.sql("delete from customer where code like 'BM-C%'").update();
		this.jdbc.sql("delete from product where code like 'BM-P%'").update();
	}

	@Test
	void hundredThousandOrderLines() throws Exception {
		StringBuilder csv = new StringBuilder("订单编号,行号,订单日期,客户编码,客户名称,区域编码,销售账号,产品编码,产品名称,产品类别,数量,单价,折扣,毛利,订单状态\r\n");
		for (int k = 1; k <= ORDERS; k++) {
			int customer = k % 1000;
			String date = "2024-%02d-%02d".formatted(k % 12 + 1, k % 28 + 1);
			for (int j = 1; j <= LINES; j++) {
				int product = (k * 7 + j * 13) % 200;
				csv.append("BM-SO-")
					.append(k)
					.append(',')
					.append(j)
					.append(',')
					.append(date)
					.append(",BM-C")
					.append(customer)
					.append(",基准测试客户")
					.append(customer)
					.append(',')
					.append((k % 2 == 0) ? "SH" : "ZJ")
					.append(',')
					.append((customer % 3 == 0) ? "rep2" : "rep1")
					.append(",BM-P")
					.append(product)
					.append(",基准产品")
					.append(product)
					.append(",基准类别,")
					.append(10 * j)
					.append(",2.35,")
					.append((j == 2) ? "0.05" : "")
					.append(',')
					.append((j == 3) ? "-1.5" : "4.2")
					.append(',')
					.append((k % 97 == 0) ? "已取消" : "")
					.append("\r\n");
			}
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		long started = System.nanoTime();
		String first = runAndWait(file);
		long firstMillis = (System.nanoTime() - started) / 1_000_000;
		started = System.nanoTime();
		String again = runAndWait(file);
		long againMillis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf(
				"ORDER IMPORT BENCHMARK (%s): %d lines (%.1f MB) imported in %d ms, again (unchanged) in %d ms%n",
				System.getProperty("salesteam.test.db", "h2"), ORDERS * LINES, file.length / 1e6, firstMillis,
				againMillis);
		assertThat(ImportApi.number(first, "$.rowsImported")).isEqualTo(ORDERS * LINES);
		assertThat(ImportApi.number(again, "$.rowsUnchanged")).isEqualTo(ORDERS * LINES);
		assertThat(this.jdbc.sql("select count(*) from sales_order where order_number like 'BM-SO-%'")
			.query(Long.class)
			.single()).isEqualTo(ORDERS);
	}

	private String runAndWait(byte[] file) throws Exception {
		MvcResult result = ImportApi.upload(this.mvc, "admin", "orders", "bench.csv", file, null, "ALL_OR_NOTHING");
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(202);
		long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		String bearer = Tokens.bearer(this.mvc, "admin");
		long deadline = System.nanoTime() + 600_000_000_000L;
		while (System.nanoTime() < deadline) {
			String body = this.mvc.perform(get("/api/v1/imports/" + id).header("Authorization", bearer))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (List.of("DONE", "FAILED").contains(JsonPath.<String>read(body, "$.status"))) {
				assertThat(JsonPath.<String>read(body, "$.status")).as(body).isEqualTo("DONE");
				return body;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("benchmark import did not finish within 10 minutes");
	}

}
