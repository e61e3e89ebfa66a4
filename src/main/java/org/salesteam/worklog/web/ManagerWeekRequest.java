package org.salesteam.worklog.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.salesteam.worklog.ManagerWeekPerspective;

/** The manager's week as the API receives it; it replaces what was written. */
record ManagerWeekRequest(
		@Size(max = 10,
				message = "{worklog.validation.tooMany}") List<@Size(max = 500,
						message = "{worklog.validation.tooLong}") String> goals,
		Map<ManagerWeekPerspective, @Size(max = 5, message = "{worklog.validation.tooMany}") List<@Size(max = 300,
				message = "{worklog.validation.tooLong}") String>> tasks,
		@Size(max = 4000, message = "{worklog.validation.tooLong}") String review) {

	Map<ManagerWeekPerspective, List<String>> tasksOrEmpty() {
		return (this.tasks != null) ? this.tasks : Map.of();
	}

}
