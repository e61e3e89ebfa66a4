package org.salesteam.platform.web;

import java.time.Clock;
import java.util.List;

import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditPage;
import org.salesteam.platform.AuditTrail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit}: the audit trail as JSON, for administrators and directors,
 * with the values as stored. Same filters as the page
 * ({@code username, entityType, entityId, action, from, to} — dates {@code yyyy-MM-dd},
 * inclusive — and {@code limit}); {@code next} is the value to pass as {@code before} for
 * the next, older page, absent on the last page.
 */
@RestController
@Tag(name = "audit")
@PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
class AuditApiController {

	record AuditResponse(List<AuditEntry> entries, String next) {
	}

	private final AuditTrail trail;

	private final Clock clock;

	AuditApiController(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "Search the audit trail (administrators and directors)")
	AuditResponse search(@ModelAttribute("filter") AuditSearchForm filter) {
		AuditPage page = this.trail.search(filter.toQuery(this.clock.getZone()));
		return new AuditResponse(page.entries(), page.hasNext() ? page.next().token() : null);
	}

}
