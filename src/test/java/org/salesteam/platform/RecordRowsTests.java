package org.salesteam.platform;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RecordRows} on an in-memory H2 result set, without Spring. */
class RecordRowsTests {

	enum Colour {

		RED, GREEN

	}

	record Line(String orderNumber, int lineNo, LocalDate orderDate, BigDecimal netAmount, Colour colour, String note) {
	}

	record Missing(String orderNumber, String absent) {
	}

	@Test
	void mapsSnakeCaseColumnsEnumsDatesNumbersAndNullsByIndexForEveryRow() throws Exception {
		String sql = """
				select 'GN1' as order_number, 2 as line_no, date '2024-05-06' as order_date,
				       cast(30.50 as decimal(10, 2)) as net_amount, 'GREEN' as colour, null as note, 'x' as extra
				union all
				select 'GN2', null, null, null, null, 'n', 'y'
				""";
		List<Line> lines = read(sql, RecordRows.of(Line.class));
		assertThat(lines).containsExactly(
				new Line("GN1", 2, LocalDate.of(2024, 5, 6), new BigDecimal("30.50"), Colour.GREEN, null),
				// SQL null for the primitive line number becomes 0, as with
				// DataClassRowMapper
				new Line("GN2", 0, null, null, null, "n"));
	}

	@Test
	void aComponentWithoutAColumnFailsOnTheFirstRow() {
		assertThatThrownBy(() -> read("select 'GN1' as order_number", RecordRows.of(Missing.class)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("absent");
	}

	private static <T extends Record> List<T> read(String sql, RecordRows<T> mapper) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:recordrows");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			List<T> rows = new ArrayList<>();
			while (rs.next()) {
				rows.add(mapper.mapRow(rs, rows.size()));
			}
			return rows;
		}
	}

}
