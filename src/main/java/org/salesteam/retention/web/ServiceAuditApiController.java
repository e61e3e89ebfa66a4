package org.salesteam.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.AuditHalf;
import org.salesteam.retention.internal.ServiceAuditScore;
import org.salesteam.retention.internal.ServiceAudits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The half-yearly service audit of key accounts (服务审计, ADR 0050): open one for a customer
 * and half, type the items' scores and actions, read one with its measured figures and
 * gaps, list a customer's audits or a half's key accounts. Support staff read the audits
 * of the accounts they serve (writes 403); another rep's account is a 404.
 */
@RestController
@Tag(name = "retention")
class ServiceAuditApiController {

	record OpenBody(Long customerId, String half) {
	}

	record ItemsBody(List<ServiceAuditScore> items) {
	}

	private final ServiceAudits audits;

	private final Clock clock;

	ServiceAuditApiController(ServiceAudits audits, Clock clock) {
		this.audits = audits;
		this.clock = clock;
	}

	@PostMapping("/api/v1/service-audits")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open the audit of a visible key account for a half (2026-H2) that has begun; one per half "
			+ "(422 on customerId or half)")
	Map<String, Long> open(@AuthenticationPrincipal UserPrincipal user, @RequestBody OpenBody body) {
		return Map.of("id", this.audits.open(user, body.customerId(), body.half()));
	}

	@GetMapping("/api/v1/service-audits")
	@Operation(summary = "With customerId: that customer's audits; else the visible key accounts (scope "
			+ "company|team:{id}|territory:{code}|rep:{username}) audited in the half (default this half)")
	List<ServiceAudits.Row> list(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) String half,
			@RequestParam(required = false) String scope) {
		if (customerId != null) {
			return this.audits.ofCustomer(user, customerId);
		}
		return this.audits.accounts(user, half(half), scope, true);
	}

	@GetMapping("/api/v1/service-audits/{id}")
	@Operation(summary = "One audit: per item the figure measured from the data, the suggested score, the typed "
			+ "scores, gap = importance × (competitor − ours), the action; largest gaps first")
	ServiceAudits.Detail detail(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.audits.detail(user, id);
	}

	@PutMapping("/api/v1/service-audits/{id}/items")
	@Operation(summary = "Type the items' scores 1-5 (importance, ours, competitor), notes and actions (owner user "
			+ "name, due date, note, done); the three largest gaps get an action; a 422 names the field")
	ServiceAudits.Detail score(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody ItemsBody body) {
		this.audits.score(user, id, (body != null) ? body.items() : null);
		return this.audits.detail(user, id);
	}

	private AuditHalf half(String text) {
		if (text == null || text.isBlank()) {
			return AuditHalf.of(LocalDate.now(this.clock));
		}
		AuditHalf half = AuditHalf.parse(text);
		if (half == null) {
			throw BusinessRuleException.onField("half", "retention.error.half");
		}
		return half;
	}

}
