package org.salesteam.keyaccount.web;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.keyaccount.internal.Whitespace;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/customers/{id}/whitespace?asOf=}: buying centres × product
 * categories of any customer the caller may read (404 otherwise); {@code asOf} defaults
 * to today.
 */
@RestController
@Tag(name = "key accounts")
class WhitespaceApiController {

	private final Whitespace whitespace;

	private final Clock clock;

	WhitespaceApiController(Whitespace whitespace, Clock clock) {
		this.whitespace = whitespace;
		this.clock = clock;
	}

	@GetMapping("/api/v1/customers/{id}/whitespace")
	Whitespace.Grid whitespace(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.whitespace.of(user, id, (asOf != null) ? asOf : LocalDate.now(this.clock));
	}

}
