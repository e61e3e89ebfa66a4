package org.salesteam.worklog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.worklog.TimeEntry;
import org.salesteam.worklog.TimeLogged;
import org.salesteam.worklog.TimeUseCategory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs a day of the caller's own time, replacing what was logged for that day. Time is
 * logged by each person for themselves: another user's name answers 404 and nothing is
 * written. A day with no minutes left is removed.
 */
@Service
public class TimeEntryLogging {

	private final TimeEntryRepository entries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TimeEntryLogging(TimeEntryRepository entries, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public TimeEntry replaceDay(UserPrincipal user, String username, LocalDate date,
			Map<TimeUseCategory, Integer> minutes) {
		if (username != null && !username.isBlank() && !username.trim().equalsIgnoreCase(user.getUsername())) {
			throw new NotFoundException(WorklogAccess.USER, username);
		}
		WorklogAccess.checkMayLog(user);
		LocalDate today = LocalDate.now(this.clock);
		TimeEntry entry = (date != null) ? this.entries.findByUserIdAndDate(user.id(), date)
			.orElseGet(() -> new TimeEntry(user.id(), date, today)) : new TimeEntry(user.id(), null, today);
		entry.replace(minutes, user.hasAnyRole(Role.MANAGER, Role.DIRECTOR));
		if (entry.getMinutes().isEmpty()) {
			if (!entry.isNew()) {
				this.entries.delete(entry);
			}
		}
		else {
			entry = this.entries.save(entry);
		}
		this.events.publishEvent(new TimeLogged(user.id(), date, entry.getMinutes()));
		return entry;
	}

}
