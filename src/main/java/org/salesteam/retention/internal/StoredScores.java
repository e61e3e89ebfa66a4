package org.salesteam.retention.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
 * missing, and marked stale for a customer whose orders, visits, service requests or
 * class changed. Read back as the "previous" score a trend compares with — the latest
 * stored day at least {@link RetentionSettings#trendDays} before the as-of date, one day
 * for all customers.
 */
@Component
class StoredScores {

	/**
	 * Rows per statement; also how many outdated customers a list refreshes company-wide.
	 */
	static final int BATCH = 1000;

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

	private int insert(LocalDate day, List<CustomerRetention> readings) {
		List<Object[]> rows = readings.stream()
			.map((r) -> new Object[] { r.customerId(), Date.valueOf(day), r.state().name(), r.risk(), r.health(),
					r.reasons().stream().map(Enum::name).collect(Collectors.joining(",")), r.clock().overdueRatio() })
			.toList();
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.template.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return rows.size();
	}

	/**
	 * The highest customer id stored for {@code day}; null when nothing is stored that
	 * day.
	 */
	Long highestStored(LocalDate day) {
		return this.jdbc.sql("select max(customer_id) from retention_score_day where score_date = :day")
			.param("day", Date.valueOf(day))
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The customers of the company whose row of {@code day} is stale or missing, at most
	 * {@code limit}: read without scanning the day — the stale rows through their
	 * (partial) index, the customers created since the day was stored by their ids above
	 * the highest stored one. A customer committed with a lower id than one the whole-day
	 * store had already read is not found here; its first change or the next day's store
	 * lists it (ADR 0049).
	 */
	List<Long> outdated(LocalDate day, long highestStored, int limit) {
		return this.jdbc.sql("""
				select customer_id from retention_score_day where score_date = :day and stale
				union all
				select id from customer where id > :highest""" + " fetch first " + limit + " rows only")
			.param("day", Date.valueOf(day))
			.param("highest", highestStored)
			.query(Long.class)
			.list();
	}

	/**
	 * The condition (alias {@code c}) narrowed to its customers whose row of {@code day}
	 * is stale or missing (see {@link #outdated(LocalDate, long, int)}).
	 */
	static Visibility.Where outdatedWhere(Visibility.Where condition, LocalDate day, long highestStored) {
		Map<String, Object> params = new HashMap<>(condition.params());
		params.put("outdatedOn", Date.valueOf(day));
		params.put("highestStored", highestStored);
		return new Visibility.Where(condition.sql() + " and (c.id > :highestStored or c.id in (select o.customer_id "
				+ "from retention_score_day o where o.score_date = :outdatedOn and o.stale))", params);
	}

	/** The condition (alias {@code c}) and one more clause with one parameter. */
	static Visibility.Where narrowed(Visibility.Where condition, String clause, String name, Object value) {
		Map<String, Object> params = new HashMap<>(condition.params());
		params.put(name, value);
		return new Visibility.Where(condition.sql() + " and " + clause, params);
	}

	/**
	 * Marks the rows of {@code day} of the customers stale, so the next list computes
	 * them again. Marked, not deleted: a stale row is found through its index without
	 * scanning the day (ADR 0049).
	 */
	void forget(LocalDate day, Collection<Long> customerIds) {
		batched(customerIds, (ids) -> this.jdbc
			.sql("update retention_score_day set stale = true where score_date = :day and customer_id in (:ids)")
			.param("day", Date.valueOf(day))
			.param("ids", ids)
			.update());
	}

	/**
	 * Replaces the rows of {@code day} of the readings' customers (stale or missing ones)
	 * with the readings.
	 * @return the rows written
	 */
	int refresh(LocalDate day, List<CustomerRetention> readings) {
		batched(readings.stream().map(CustomerRetention::customerId).toList(),
				(ids) -> this.jdbc
					.sql("delete from retention_score_day where score_date = :day and customer_id in (:ids)")
					.param("day", Date.valueOf(day))
					.param("ids", ids)
					.update());
		return insert(day, readings);
	}

	private static void batched(Collection<Long> customerIds, Consumer<List<Long>> statement) {
		List<Long> ids = new ArrayList<>(customerIds);
		for (int from = 0; from < ids.size(); from += BATCH) {
			statement.accept(ids.subList(from, Math.min(ids.size(), from + BATCH)));
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
