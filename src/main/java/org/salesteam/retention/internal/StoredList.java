package org.salesteam.retention.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.salesteam.retention.RetentionState;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One page of the at-risk list from the stored scores of a day (ADR 0040), filtered,
 * sorted and paged in SQL: the most at risk first (customers without a score last), then
 * the most overdue (days since the last order ÷ typical interval), then by code.
 */
@Component
class StoredList {

	/** The customer ids of one page, in the list's order, and how many matched. */
	record Ids(List<Long> ids, long total) {
	}

	private static final String FROM = """
			from retention_score_day s join customer c on c.id = s.customer_id
			where s.score_date = :day and\s""";

	private final JdbcClient jdbc;

	StoredList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Ids page(Visibility.Where condition, LocalDate day, Set<RetentionState> states, int page, int size) {
		Visibility.Where where = states.isEmpty() ? condition : StoredScores.narrowed(condition, "s.state in (:states)",
				"states", states.stream().map(Enum::name).toList());
		// PostgreSQL reads the page in order from an index on the sort keys and stops
		// after
		// it (db/vendor/postgresql, ADR 0049), instead of sorting the day's every row
		List<Long> ids = where
			.bind(this.jdbc.sql("select s.customer_id " + FROM + where.sql()
					+ " order by coalesce(s.risk, -1) desc, coalesce(s.overdue_ratio, 0) desc, c.code, c.id"
					+ " limit :size offset :offset"))
			.param("day", Date.valueOf(day))
			.param("size", size)
			.param("offset", (long) page * size)
			.query(Long.class)
			.list();
		return new Ids(ids, count(condition, where, day));
	}

	/**
	 * How many rows match: without the customer join when the user sees every customer,
	 * so that the count reads the day's index alone.
	 */
	private long count(Visibility.Where visible, Visibility.Where where, LocalDate day) {
		String from = visible.isEverything() ? "from retention_score_day s where s.score_date = :day and " : FROM;
		return where.bind(this.jdbc.sql("select count(*) " + from + where.sql()))
			.param("day", Date.valueOf(day))
			.query(Long.class)
			.single();
	}

}
