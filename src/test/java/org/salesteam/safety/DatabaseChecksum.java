package org.salesteam.safety;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of every row of every application table (Flyway's history, the event registry,
 * API-token and browser-session bookkeeping, the job locks, the day's stored at-risk
 * scores and the stored flags of closed periods excluded), to prove that a refused
 * request wrote nothing. The stored scores are derived from the orders, visits and
 * service requests: the day's first at-risk list stores the rows that are missing (ADR
 * 0040), as a cache is filled, whoever reads; so does the first scorecard of a closed
 * period with its flags (ADR 0044).
 */
final class DatabaseChecksum {

	private DatabaseChecksum() {
	}

	/**
	 * A digest per table of every table, Flyway's history and the event registry
	 * included: what a restored backup must equal.
	 */
	static Map<String, String> perTable(JdbcClient jdbc) throws Exception {
		Map<String, String> digests = new TreeMap<>();
		for (String table : tables(jdbc)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digestRows(jdbc, table.toLowerCase(), digest);
			digests.put(table.toLowerCase(), HexFormat.of().formatHex(digest.digest()));
		}
		return digests;
	}

	static String of(JdbcClient jdbc) throws Exception {
		List<String> tables = tables(jdbc);
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (String table : tables) {
			String name = table.toLowerCase();
			if (name.startsWith("flyway") || name.equals("event_publication") || name.equals("api_token")
					|| name.startsWith("spring_session") || name.equals("shedlock")
					|| name.equals("retention_score_day") || name.equals("flag_period") || name.equals("stored_flag")) {
				continue;
			}
			digest.update(name.getBytes(StandardCharsets.UTF_8));
			digestRows(jdbc, name, digest);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static List<String> tables(JdbcClient jdbc) {
		return jdbc.sql("""
				select table_name from information_schema.tables
				where lower(table_schema) = 'public' and lower(table_type) in ('base table', 'table')
				order by table_name
				""").query(String.class).list();
	}

	private static void digestRows(JdbcClient jdbc, String table, MessageDigest digest) {
		List<Map<String, Object>> rows = jdbc.sql("select * from " + table + " order by 1").query().listOfRows();
		// rows that tie on the first column (collection tables) come back in any order on
		// PostgreSQL once a parallel plan is chosen: digest them in a fixed order
		// binary columns (uploaded files, ADR 0045) by their content, not the array's
		// identity
		for (String row : rows.stream().map(DatabaseChecksum::text).sorted().toList()) {
			digest.update(row.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String text(Map<String, Object> row) {
		StringBuilder text = new StringBuilder();
		row.forEach((column, value) -> text.append(column)
			.append('=')
			.append((value instanceof byte[] bytes) ? HexFormat.of().formatHex(bytes) : String.valueOf(value))
			.append(';'));
		return text.toString();
	}

}
