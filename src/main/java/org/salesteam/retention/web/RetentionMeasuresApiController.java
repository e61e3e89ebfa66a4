package org.salesteam.retention.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.Cohorts;
import org.salesteam.retention.internal.LossRates;
import org.salesteam.retention.internal.RetentionTargets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention targets and measures (制定保持目标): the acceptable yearly loss rate per class, the
 * actual against it, and the cohort triangle — for the customers the caller sees,
 * optionally within a scope the caller may see (403 otherwise), as of a date (today by
 * default).
 */
@RestController
@Tag(name = "retention")
class RetentionMeasuresApiController {

	private final RetentionTargets targets;

	private final LossRates lossRates;

	private final Cohorts cohorts;

	private final Clock clock;

	RetentionMeasuresApiController(RetentionTargets targets, LossRates lossRates, Cohorts cohorts, Clock clock) {
		this.targets = targets;
		this.lossRates = lossRates;
		this.cohorts = cohorts;
		this.clock = clock;
	}

	@GetMapping("/api/v1/retention/targets")
	@Operation(summary = "The acceptable yearly loss rate in percent by customer class")
	Map<String, BigDecimal> targets() {
		return this.targets.current();
	}

	@PutMapping("/api/v1/retention/targets")
	@Operation(summary = "Change the acceptable yearly loss rates, e.g. {\"A\":5,\"B\":10} (directors and admins; "
			+ "0–100; audited)")
	Map<String, BigDecimal> changeTargets(@AuthenticationPrincipal UserPrincipal user,
			@RequestBody Map<String, BigDecimal> changes) {
		return this.targets.change(user, changes);
	}

	@GetMapping("/api/v1/retention/loss-rates")
	@Operation(summary = "Each class's loss rate in the year up to asOf (customers with an order before the year "
			+ "and not lost then; of them confirmed lost in the year) against its target")
	LossRates.Result lossRates(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.lossRates.of(user, scope, (asOf != null) ? asOf : LocalDate.now(this.clock));
	}

	@GetMapping("/api/v1/retention/cohorts")
	@Operation(summary = "The cohort triangle: customers by the year of their first order, and how many of them "
			+ "ordered in each later year up to asOf")
	List<Cohorts.Cohort> cohorts(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.cohorts.of(user, scope, (asOf != null) ? asOf : LocalDate.now(this.clock));
	}

}
