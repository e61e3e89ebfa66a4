package org.salesteam.worklog;

import java.time.LocalDate;
import java.util.Map;

/**
 * A user's time for a day was logged or replaced; {@code minutes} is the whole day as it
 * now stands (categories left out are zero).
 */
public record TimeLogged(long userId, LocalDate on, Map<TimeUseCategory, Integer> minutes) {

	public TimeLogged {
		minutes = Map.copyOf(minutes);
	}

}
