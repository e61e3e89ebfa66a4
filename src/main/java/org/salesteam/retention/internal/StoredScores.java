package org.salesteam.retention.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * The stored daily scores ({@code retention_score_day}, ADRs 0034 and 0040): one row per
 * customer and day — prospects and lost customers too, without risk — written as a whole
 * day at once (a day written again replaces its rows), completed by the rows a list finds
 * missing, and forgotten for a customer whose orders, visits, service requests or class
 * changed. Read back as the "previous" score a trend compares with — the latest stored
 * day at least {@link RetentionSettings#trendDays} before the as-of date, one day for all
 * customers.
 */
@Component
class StoredScores {

	private static final int BATCH = 1000;

	private static final String INSERT = "insert into retention_score_day "
			+ "(customer_id, score_date, state, risk, health, reasons, overdue_ratio) values (?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final RetentionSettings settings;

	StoredScores(JdbcClient jdbc, JdbcTemplate template, RetentionSettings settings) {
		this.jdbc = jdbc;
		this.template = template;
		this.settings = settings;
	}

	/**
	 * Replaces the scores of {@code day} with the readings.
	 * @return the rows written
	 */
	int replace(LocalDate day, List<CustomerRetention> readings) {
		this.jdbc.sql("delete from retention_score_day where score_date = :day")
			.param("day", Date.valueOf(day))
			.update();
		return insert(day, readings);
	}

	/**
	 * Adds the rows of {@code day} for the readings (customers with no row that day).
	 * @return the rows written
	 */
	int insert(LocalDate day, List<CustomerRetention> readings) {
		List<Object[]> rows = readings.stream()
			.map((r) -> new Object[] { r.customerId(), Date.valueOf(day), r.state().name(), r.risk(), r.health(),
					r.reasons().stream().map(Enum::name).collect(Collectors.joining(",")), r.clock().overdueRatio() })
			.toList();
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.template.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return rows.size();
	}

	/** Whether anything is stored for {@code day}. */
	boolean hasDay(LocalDate day) {
		return !this.jdbc.sql("select 1 from retention_score_day where score_date = :day limit 1")
			.param("day", Date.valueOf(day))
			.query(Integer.class)
			.list()
			.isEmpty();
	}

	/**
	 * The condition (alias {@code c}) narrowed to its customers without a row on
	 * {@code day}; null when there are none. A few are named by id, which keeps the
	 * reading's queries on the customer index; many (a large import) by the anti-join.
	 */
	Visibility.Where missing(Visibility.Where condition, LocalDate day) {
		Visibility.Where missing = narrowed(condition, "not exists (select 1 from retention_score_day m "
				+ "where m.customer_id = c.id and m.score_date = :missingOn)", "missingOn", Date.valueOf(day));
		List<Long> ids = missing.bind(this.jdbc.sql("select c.id from customer c where " + missing.sql()))
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return null;
		}
		return (ids.size() <= BATCH) ? narrowed(condition, "c.id in (:missingIds)", "missingIds", ids) : missing;
	}

	/** The condition (alias {@code c}) and one more clause with one parameter. */
	static Visibility.Where narrowed(Visibility.Where condition, String clause, String name, Object value) {
		Map<String, Object> params = new HashMap<>(condition.params());
		params.put(name, value);
		return new Visibility.Where(condition.sql() + " and " + clause, params);
	}

	/**
	 * Forgets the rows of {@code day} of the customers, so the next list computes them
	 * again.
	 */
	void forget(LocalDate day, Collection<Long> customerIds) {
		List<Long> ids = new ArrayList<>(customerIds);
		for (int from = 0; from < ids.size(); from += BATCH) {
			this.jdbc.sql("delete from retention_score_day where score_date = :day and customer_id in (:ids)")
				.param("day", Date.valueOf(day))
				.param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
				.update();
		}
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
				  and s.risk is not null and\s""" + condition.sql()))
			.param("before", Date.valueOf(asOf.minusDays(this.settings.trendDays())))
			.query((rs, row) -> found.put(rs.getLong(1),
					new CustomerRetention.Previous(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4))))
			.list();
		return found;
	}

}
