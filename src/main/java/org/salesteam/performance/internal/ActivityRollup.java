package org.salesteam.performance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.visit.VisitCompleted;
import org.salesteam.worklog.ActivityDeleted;
import org.salesteam.worklog.ActivityFacts;
import org.salesteam.worklog.ActivityLogged;
import org.salesteam.worklog.TimeLogged;
import org.salesteam.worklog.TimeUseCategory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the field-work rollups current from the activity module's events, in the
 * transaction of the change: {@code kpi_activity_day} (completed visits and other
 * activities by day, rep, territory and customer; see {@link ActivityRow}) and
 * {@code kpi_time_day} (logged minutes by day and user). A visit or activity counts in
 * the territory of its customer as that customer stands when the row is written; one
 * without a customer in no territory (key 0). A deleted activity is taken out again and a
 * row left at zero removed; a logged day replaces that day's time row. {@link #rebuild()}
 * replays the same facts ({@link ActivityFacts}) through the same rules, so rebuilt and
 * incremental rows are identical.
 */
@Component
class ActivityRollup {

	/** The key of a {@code kpi_activity_day} row. */
	record Key(LocalDate day, long rep, long territory, long customer) {

		Map<String, Object> columns() {
			Map<String, Object> columns = new LinkedHashMap<>();
			columns.put("activity_day", this.day);
			columns.put("rep_key", this.rep);
			columns.put("territory_key", this.territory);
			columns.put("customer_key", this.customer);
			return columns;
		}

	}

	/** A logged day's minutes: selling, the rep's other categories, and all. */
	record Time(int selling, int nonSelling, int logged) {

		static Time of(Map<TimeUseCategory, Integer> minutes) {
			Map<TimeUseCategory.Kind, Integer> byKind = new EnumMap<>(TimeUseCategory.Kind.class);
			minutes.forEach((category, m) -> byKind.merge(category.kind(), m, Integer::sum));
			return new Time(byKind.getOrDefault(TimeUseCategory.Kind.SELLING, 0),
					byKind.getOrDefault(TimeUseCategory.Kind.NON_SELLING, 0),
					minutes.values().stream().mapToInt(Integer::intValue).sum());
		}

		Map<String, Object> columns() {
			Map<String, Object> columns = new LinkedHashMap<>();
			columns.put("selling_minutes", this.selling);
			columns.put("non_selling_minutes", this.nonSelling);
			columns.put("logged_minutes", this.logged);
			return columns;
		}

	}

	private final JdbcClient jdbc;

	private final RollupRows rows;

	private final ActivityFacts facts;

	private final JdbcTemplate batch;

	private final RollupVersion version;

	ActivityRollup(JdbcClient jdbc, RollupRows rows, ActivityFacts facts, JdbcTemplate batch, RollupVersion version) {
		this.version = version;
		this.jdbc = jdbc;
		this.batch = batch;
		this.rows = rows;
		this.facts = facts;
	}

	@EventListener
	void on(VisitCompleted event) {
		add(key(event.date(), event.repId(), event.customerId(), territory(event.customerId())), ActivityRow.of(event));
	}

	@EventListener
	void on(ActivityLogged event) {
		add(key(event), ActivityRow.of(event));
	}

	@EventListener
	void on(ActivityDeleted event) {
		Key key = key(event.activity());
		ActivityRow row = ActivityRow.of(event.activity());
		if (!row.isEmpty()) {
			add(key, row.negate());
			Map<String, Object> where = key.columns();
			this.jdbc.sql("""
					delete from kpi_activity_day
					where activity_day = :activity_day and rep_key = :rep_key and territory_key = :territory_key
					  and customer_key = :customer_key and visits = 0 and prospect_visits = 0 and timed_visits = 0
					  and visit_minutes = 0
					  and presentation_minutes = 0 and visit_expenses = 0 and prospect_calls = 0
					  and prospect_letters = 0 and proposals = 0 and complaints_resolved = 0 and service_visits = 0
					  and collected = 0
					""").params(where).update();
		}
	}

	@EventListener
	void on(TimeLogged event) {
		Time time = Time.of(event.minutes());
		Map<String, Object> key = new LinkedHashMap<>();
		key.put("time_day", event.on());
		key.put("user_key", event.userId());
		if (time.logged() == 0) {
			this.version.changed(RollupVersion.Rollup.FIELD_WORK);
			this.jdbc.sql("delete from kpi_time_day where time_day = :time_day and user_key = :user_key")
				.params(key)
				.update();
		}
		else {
			this.rows.set("kpi_time_day", key, time.columns());
		}
	}

	/**
	 * Replaces both tables by the figures of every completed visit, activity and logged
	 * day; returns the rows written.
	 */
	int rebuild() {
		this.version.changed(RollupVersion.Rollup.FIELD_WORK);
		this.jdbc.sql("delete from kpi_activity_day").update();
		this.jdbc.sql("delete from kpi_time_day").update();
		Map<Long, Long> territories = new HashMap<>();
		this.jdbc.sql("select id, territory_id from customer where territory_id is not null").query((rs) -> {
			territories.put(rs.getLong(1), rs.getLong(2));
		});
		Map<Key, ActivityRow> activity = new LinkedHashMap<>();
		this.facts.completedVisits((v) -> activity.merge(
				key(v.date(), v.repId(), v.customerId(), territories.getOrDefault(v.customerId(), SalesRollup.NONE)),
				ActivityRow.of(v), ActivityRow::plus));
		this.facts.activities((a) -> {
			ActivityRow row = ActivityRow.of(a);
			if (!row.isEmpty()) {
				long customer = (a.customerId() != null) ? a.customerId() : SalesRollup.NONE;
				activity.merge(key(a.on(), a.ownerId(), customer, territories.getOrDefault(customer, SalesRollup.NONE)),
						row, ActivityRow::plus);
			}
		});
		List<Map<String, Object>> time = new ArrayList<>();
		this.facts.loggedDays((day) -> {
			Time t = Time.of(day.minutes());
			if (t.logged() > 0) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("time_day", day.on());
				row.put("user_key", day.userId());
				row.putAll(t.columns());
				time.add(row);
			}
		});
		List<Map<String, Object>> activityRows = new ArrayList<>();
		activity.forEach((key, row) -> {
			Map<String, Object> columns = key.columns();
			columns.putAll(row.columns());
			activityRows.add(columns);
		});
		return insert("kpi_activity_day", activityRows) + insert("kpi_time_day", time);
	}

	/** Whether both tables are empty although there is field work to count. */
	boolean isBehind() {
		return isEmpty() && this.facts.any();
	}

	boolean isEmpty() {
		return this.jdbc.sql("select (select count(*) from kpi_activity_day) + (select count(*) from kpi_time_day)")
			.query(Long.class)
			.single() == 0;
	}

	private int insert(String table, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		List<String> columns = List.copyOf(rows.get(0).keySet());
		String sql = "insert into %s (%s) values (%s)".formatted(table, String.join(", ", columns),
				String.join(", ", columns.stream().map((c) -> "?").toList()));
		List<Object[]> batch = rows.stream().map((row) -> columns.stream().map(row::get).toArray()).toList();
		int written = 0;
		for (int from = 0; from < batch.size(); from += 1000) {
			List<Object[]> part = batch.subList(from, Math.min(batch.size(), from + 1000));
			this.batch.batchUpdate(sql, part);
			written += part.size();
		}
		return written;
	}

	private void add(Key key, ActivityRow row) {
		if (!row.isEmpty()) {
			this.rows.add("kpi_activity_day", key.columns(), row.columns());
		}
	}

	private Key key(ActivityLogged event) {
		long customer = (event.customerId() != null) ? event.customerId() : SalesRollup.NONE;
		return key(event.on(), event.ownerId(), customer,
				(event.customerId() != null) ? territory(event.customerId()) : SalesRollup.NONE);
	}

	private static Key key(LocalDate day, long rep, long customer, long territory) {
		return new Key(day, rep, territory, customer);
	}

	private long territory(long customerId) {
		return this.jdbc.sql("select territory_id from customer where id = :id")
			.param("id", customerId)
			.query((rs, row) -> rs.getLong(1))
			.optional()
			.orElse(SalesRollup.NONE);
	}

}
