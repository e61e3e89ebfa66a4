package org.salesteam.team.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formats instants for the team pages in the business time zone (the injected clock's),
 * not the server's: {@code ${@teamTimestamps.format(instant)}}.
 */
@Component("teamTimestamps")
class Timestamps {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Clock clock;

	Timestamps(Clock clock) {
		this.clock = clock;
	}

	public String format(Instant instant) {
		return (instant != null) ? FORMAT.format(instant.atZone(this.clock.getZone())) : "—";
	}

	public boolean isFuture(Instant instant) {
		return instant != null && instant.isAfter(this.clock.instant());
	}

}
