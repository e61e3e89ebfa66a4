package org.salesteam.retention.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.salesteam.retention.CustomerTurnedHighRisk;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored daily scores ({@code retention_score_day}, ADR 0034): one row per scored
 * customer and day, written as a whole day at once (a day written again replaces its
 * rows), and read back as the "previous" score a trend compares with — the latest stored
 * day at least {@link RetentionSettings#trendDays} before the as-of date, one day for all
 * customers.
 */
@Component
class StoredScores {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final RetentionSettings settings;

	StoredScores(JdbcClient jdbc, JdbcTemplate template, RetentionSettings settings) {
		this.jdbc = jdbc;
		this.template = template;
		this.settings = settings;
	}

	/**
	 * Replaces the scores of {@code day} with those of the readings that have a score.
	 * @return the rows written
	 */
	int replace(LocalDate day, List<CustomerRetention> readings) {
		this.jdbc.sql("delete from retention_score_day where score_date = :day")
			.param("day", Date.valueOf(day))
			.update();
		List<Object[]> rows = readings.stream()
			.filter((r) -> r.risk() != null)
			.map((r) -> new Object[] { r.customerId(), Date.valueOf(day), r.state().name(), r.risk(), r.health(),
					r.reasons().stream().map(Enum::name).collect(Collectors.joining(",")) })
			.toList();
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.template
				.batchUpdate("insert into retention_score_day (customer_id, score_date, state, risk, health, reasons) "
						+ "values (?, ?, ?, ?, ?, ?)", rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return rows.size();
	}

	/**
	 * The customers whose score of {@code day} is at least {@code high} while their
	 * previous stored score (the latest day before {@code day}) was below it: the
	 * transitions into the HIGH band. Customers without a previous score are left out.
	 */
	List<CustomerTurnedHighRisk> turnedHigh(LocalDate day, int high, Instant at) {
		return this.jdbc.sql("""
				select t.customer_id, t.risk, p.risk
				from retention_score_day t
				join retention_score_day p on p.customer_id = t.customer_id
				    and p.score_date = (select max(q.score_date) from retention_score_day q
				        where q.customer_id = t.customer_id and q.score_date < :day)
				where t.score_date = :day and t.risk >= :high and p.risk < :high
				order by t.customer_id""")
			.param("day", Date.valueOf(day))
			.param("high", high)
			.query((rs, row) -> new CustomerTurnedHighRisk(rs.getLong(1), day, rs.getInt(2), rs.getInt(3), at))
			.list();
	}

	/**
	 * The scores of the customers of the condition (alias {@code c}) on the latest stored
	 * day at least the trend days before {@code asOf}; empty when none is stored.
	 */
	Map<Long, CustomerRetention.Previous> previous(Visibility.Where condition, LocalDate asOf) {
		Map<Long, CustomerRetention.Previous> found = new HashMap<>();
		condition.bind(this.jdbc.sql("""
				select s.customer_id, s.score_date, s.risk, s.health
				from retention_score_day s join customer c on c.id = s.customer_id
				where s.score_date = (select max(d.score_date) from retention_score_day d where d.score_date <= :before)
				  and\s""" + condition.sql()))
			.param("before", Date.valueOf(asOf.minusDays(this.settings.trendDays())))
			.query((rs, row) -> found.put(rs.getLong(1),
					new CustomerRetention.Previous(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4))))
			.list();
		return found;
	}

}
