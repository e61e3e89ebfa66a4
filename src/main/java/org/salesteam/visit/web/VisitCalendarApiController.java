package org.salesteam.visit.web;

import org.salesteam.visit.internal.VisitCalendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/visit-calendar/{token}}: a rep's private iCalendar feed for phone
 * calendars, without sign-in (the token is the credential; see
 * {@link ActivityApiAccessRules}).
 */
@RestController
@Tag(name = "visits")
class VisitCalendarApiController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar",
			java.nio.charset.StandardCharsets.UTF_8);

	private final VisitCalendar calendar;

	VisitCalendarApiController(VisitCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/v1/visit-calendar/{token}")
	@Operation(summary = "The private iCalendar feed of a rep's visits (tokenised URL, no sign-in)")
	ResponseEntity<String> feed(@PathVariable String token) {
		String name = token.endsWith(".ics") ? token.substring(0, token.length() - 4) : token;
		return ResponseEntity.ok().contentType(CALENDAR).body(this.calendar.feed(name));
	}

}
