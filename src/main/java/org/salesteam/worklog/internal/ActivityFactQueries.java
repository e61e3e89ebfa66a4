package org.salesteam.worklog.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.salesteam.visit.VisitCompleted;
import org.salesteam.visit.VisitStatus;
import org.salesteam.visit.VisitType;
import org.salesteam.worklog.ActivityFacts;
import org.salesteam.worklog.ActivityLogged;
import org.salesteam.worklog.ActivityType;
import org.salesteam.worklog.TimeLogged;
import org.salesteam.worklog.TimeUseCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ActivityFacts} read straight from the tables with the same values the events
 * carry (a visit's expenses total is the sum of its four expense columns).
 */
@Component
class ActivityFactQueries implements ActivityFacts {

	private final JdbcClient jdbc;

	ActivityFactQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public void completedVisits(Consumer<VisitCompleted> sink) {
		this.jdbc.sql("""
				select id, rep_id, customer_id, visit_date, duration_minutes, presentation_minutes, visit_type,
				       expense_travel + expense_meals + expense_gifts + expense_other, customer_was_prospect
				from visit where status = :completed
				""").param("completed", VisitStatus.COMPLETED.name()).query((rs) -> {
			sink.accept(new VisitCompleted(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDate(4).toLocalDate(),
					rs.getObject(5, Integer.class), rs.getInt(6), VisitType.valueOf(rs.getString(7)),
					rs.getBigDecimal(8), rs.getBoolean(9)));
		});
	}

	@Override
	@Transactional(readOnly = true)
	public void activities(Consumer<ActivityLogged> sink) {
		this.jdbc.sql("""
				select id, owner_id, activity_type, activity_date, customer_id, duration_minutes, amount
				from activity_log
				""").query((rs) -> {
			sink.accept(new ActivityLogged(rs.getLong(1), rs.getLong(2), ActivityType.valueOf(rs.getString(3)),
					rs.getDate(4).toLocalDate(), rs.getObject(5, Long.class), rs.getInt(6), rs.getBigDecimal(7)));
		});
	}

	@Override
	@Transactional(readOnly = true)
	public void loggedDays(Consumer<TimeLogged> sink) {
		record Day(long user, LocalDate date) {
		}
		Map<Day, Map<TimeUseCategory, Integer>> days = new LinkedHashMap<>();
		this.jdbc.sql("""
				select e.user_id, e.entry_date, m.category, m.minutes
				from time_entry e join time_entry_minutes m on m.time_entry_id = e.id
				order by e.user_id, e.entry_date
				""").query((rs) -> {
			days.computeIfAbsent(new Day(rs.getLong(1), rs.getDate(2).toLocalDate()),
					(d) -> new EnumMap<>(TimeUseCategory.class))
				.put(TimeUseCategory.valueOf(rs.getString(3)), rs.getInt(4));
		});
		days.forEach((day, minutes) -> sink.accept(new TimeLogged(day.user(), day.date(), minutes)));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean any() {
		return this.jdbc.sql("""
				select (select count(*) from visit where status = :completed) + (select count(*) from activity_log)
				       + (select count(*) from time_entry)
				""").param("completed", VisitStatus.COMPLETED.name()).query(Long.class).single() > 0;
	}

}
