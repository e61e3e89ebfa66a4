package org.salesteam.sales.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderExports.Criteria;
import org.salesteam.sales.OrderExports.LineRow;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines export reads large exports in chunks of 2,000 orders and smaller ones in one
 * sorted query: with the threshold at zero (always chunks) the rows must be exactly those
 * of the one query, in the same order, for the company, a rep and a category.
 */
@IntegrationTest
class ChunkedLineExportTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SalesAccess access;

	@Autowired
	Clock clock;

	@Test
	void chunksGiveTheRowsOfTheSortedQuery() {
		OrderExportQuery chunked = new OrderExportQuery(this.jdbc, this.access, this.clock, 0);
		OrderExportQuery sorted = new OrderExportQuery(this.jdbc, this.access, this.clock, Long.MAX_VALUE);
		String category = this.jdbc.sql("select min(category) from product").query(String.class).single();
		Criteria everything = Criteria.everything();
		Criteria ofCategory = new Criteria(null, null, null, null, null, null, null, false, "date", true, null,
				category);
		int compared = 0;
		for (UserPrincipal user : List.of(user("director", Role.DIRECTOR), user("rep1", Role.REP))) {
			for (Criteria criteria : List.of(everything, ofCategory)) {
				List<LineRow> expected = lines(sorted, user, criteria);
				assertThat(lines(chunked, user, criteria)).as("%s, %s", user.getUsername(), criteria.category())
					.isEqualTo(expected);
				compared += expected.size();
			}
		}
		long orders = this.jdbc.sql("select count(*) from sales_order").query(Long.class).single();
		assertThat(orders).as("more than three chunks of the company's orders").isGreaterThan(6000);
		assertThat(compared).isGreaterThan(15000);
	}

	private static List<LineRow> lines(OrderExportQuery query, UserPrincipal user, Criteria criteria) {
		List<LineRow> rows = new ArrayList<>();
		query.lines(user, criteria, rows::add);
		return rows;
	}

	private UserPrincipal user(String username, Role role) {
		return this.jdbc.sql("select id, display_name from app_user where username = :u")
			.param("u", username)
			.query((rs, n) -> new UserPrincipal(rs.getLong(1), username, "", rs.getString(2), Set.of(role),
					Locale.SIMPLIFIED_CHINESE, 0, true, false))
			.single();
	}

}
