package org.salesteam.io;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.salesteam.io.OrderLineExport.Line;
import org.salesteam.support.Tokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The orders, customers and products an order-line export creates, and their removal, so
 * that the tests importing the same export can share one application context and leave it
 * as they found it.
 */
final class ImportedLines {

	/** The codes in the file, in upper case as stored. */
	record Codes(List<String> orders, List<String> customers, List<String> products) {

		Codes(List<Line> lines) {
			this(distinct(lines.stream().map(Line::orderId).toList()),
					distinct(lines.stream().map(Line::customerId).toList()),
					distinct(lines.stream().map(Line::productId).toList()));
		}

		private static List<String> distinct(List<String> codes) {
			return codes.stream().map(String::toUpperCase).distinct().collect(Collectors.toList());
		}

	}

	private ImportedLines() {
	}

	/**
	 * Deletes what the file created and rebuilds the KPI rollups, which the plain deletes
	 * bypass.
	 */
	static void remove(MockMvc mvc, JdbcClient jdbc, Codes codes) throws Exception {
		for (List<String> chunk : chunks(codes.orders())) {
			jdbc.sql("delete from order_line where order_id in (select id from sales_order where order_number in (:c))")
				.param("c", chunk)
				.update();
			jdbc.sql("delete from sales_order where order_number in (:c)").param("c", chunk).update();
		}
		for (List<String> chunk : chunks(codes.customers())) {
			jdbc.sql(
					"delete from prospect_conversion where customer_id in (select id from customer where code in (:c))")
				.param("c", chunk)
				.update();
			jdbc.sql("delete from customer where code in (:c)").param("c", chunk).update();
		}
		for (List<String> chunk : chunks(codes.products())) {
			jdbc.sql("delete from product where code in (:c)").param("c", chunk).update();
		}
		mvc.perform(post("/api/v1/kpis/rollups/rebuild").header("Authorization", Tokens.bearer(mvc, "admin")))
			.andExpect(status().is2xxSuccessful());
	}

	/**
	 * Deletes the orders, customers and products whose codes start with these prefixes
	 * (in any case) and rebuilds the KPI rollups, which the plain deletes bypass.
	 */
	static void removeByPrefix(MockMvc mvc, JdbcClient jdbc, String orders, String customers, String products)
			throws Exception {
		Codes codes = new Codes(codes(jdbc, "sales_order", "order_number", orders),
				codes(jdbc, "customer", "code", customers), codes(jdbc, "product", "code", products));
		remove(mvc, jdbc, codes);
	}

	private static List<String> codes(JdbcClient jdbc, String table, String column, String prefix) {
		return jdbc.sql("select %2$s from %1$s where upper(%2$s) like :prefix".formatted(table, column))
			.param("prefix", prefix.toUpperCase(java.util.Locale.ROOT) + "%")
			.query(String.class)
			.list();
	}

	/** Codes in chunks of 500 (IN lists stay short on both databases). */
	static List<List<String>> chunks(List<String> codes) {
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < codes.size(); i += 500) {
			chunks.add(codes.subList(i, Math.min(codes.size(), i + 500)));
		}
		return chunks;
	}

}
