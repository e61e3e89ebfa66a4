package org.salesteam.worklog.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesteam.worklog.ManagerWeek;
import org.salesteam.worklog.ManagerWeekPerspective;

/**
 * A manager's week as the API answers it; {@code planned} is false (and the lists empty)
 * when nothing is written for the week yet.
 */
record ManagerWeekView(String username, String isoWeek, LocalDate weekStart, boolean planned, List<String> goals,
		Map<ManagerWeekPerspective, List<String>> tasks, String review) {

	static ManagerWeekView of(String username, String isoWeek, ManagerWeek week) {
		Map<ManagerWeekPerspective, List<String>> tasks = new EnumMap<>(ManagerWeekPerspective.class);
		for (ManagerWeekPerspective perspective : ManagerWeekPerspective.values()) {
			tasks.put(perspective, (week != null) ? week.tasks(perspective) : List.of());
		}
		return new ManagerWeekView(username, isoWeek, ManagerWeek.monday(isoWeek), week != null,
				(week != null) ? week.getGoals() : List.of(), tasks, (week != null) ? week.getReview() : null);
	}

}
