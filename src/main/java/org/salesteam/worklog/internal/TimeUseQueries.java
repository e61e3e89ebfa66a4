package org.salesteam.worklog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.worklog.TimeUseCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads logged time for a user the caller may see (own; a manager their team's reps; a
 * director everyone): the days of a period and the summary of {@link TimeUseSummary}.
 */
@Component
public class TimeUseQueries {

	/** One logged day. */
	public record Day(LocalDate date, String username, Map<TimeUseCategory, Integer> minutes, int totalMinutes) {
	}

	private final JdbcClient jdbc;

	private final WorklogAccess access;

	TimeUseQueries(JdbcClient jdbc, WorklogAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	public List<Day> days(UserPrincipal user, String username, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		TeamDirectory.Member member = this.access.member(user, username);
		Map<LocalDate, Map<TimeUseCategory, Integer>> byDay = new LinkedHashMap<>();
		this.jdbc.sql("""
				select e.entry_date, m.category, m.minutes from time_entry e
				join time_entry_minutes m on m.time_entry_id = e.id
				where e.user_id = :user and e.entry_date between :from and :to
				order by e.entry_date, m.category
				""").param("user", member.id()).param("from", from).param("to", to).query((rs) -> {
			byDay.computeIfAbsent(rs.getDate(1).toLocalDate(), (d) -> new EnumMap<>(TimeUseCategory.class))
				.put(TimeUseCategory.valueOf(rs.getString(2)), rs.getInt(3));
		});
		List<Day> days = new ArrayList<>();
		byDay.forEach((date, minutes) -> days.add(new Day(date, member.username(), minutes,
				minutes.values().stream().mapToInt(Integer::intValue).sum())));
		return days;
	}

	public TimeUseSummary summary(UserPrincipal user, String username, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		TeamDirectory.Member member = this.access.member(user, username);
		Map<TimeUseCategory, Long> totals = new EnumMap<>(TimeUseCategory.class);
		this.jdbc.sql("""
				select m.category, sum(m.minutes) from time_entry e
				join time_entry_minutes m on m.time_entry_id = e.id
				where e.user_id = :user and e.entry_date between :from and :to
				group by m.category
				""").param("user", member.id()).param("from", from).param("to", to).query((rs) -> {
			totals.put(TimeUseCategory.valueOf(rs.getString(1)), rs.getLong(2));
		});
		long days = this.jdbc.sql("""
				select count(*) from time_entry e
				where e.user_id = :user and e.entry_date between :from and :to
				""").param("user", member.id()).param("from", from).param("to", to).query(Long.class).single();
		return TimeUseSummary.of(member.username(), member.displayName(), from, to, days, totals,
				this.access.leads(member.id()));
	}

	static void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw BusinessRuleException.onField("from", "worklog.validation.required");
		}
		if (from.isAfter(to)) {
			throw BusinessRuleException.onField("to", "worklog.validation.period");
		}
		if (from.plusYears(3).isBefore(to)) {
			throw BusinessRuleException.onField("to", "worklog.validation.periodTooLong");
		}
	}

}
