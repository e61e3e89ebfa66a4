package org.salesteam.retention.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.RetentionState;
import org.salesteam.retention.internal.CustomerRetention;
import org.salesteam.retention.internal.DefectionClock;
import org.salesteam.retention.internal.RetentionReadings;
import org.salesteam.retention.internal.RiskBacktest;
import org.salesteam.retention.internal.RiskReason;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/retention/customers}: the defection clock and at-risk score of the
 * customers the caller sees (as on the customer pages: another rep's customer is 404),
 * optionally within a scope the caller may see (403 otherwise), as of a date (today by
 * default).
 */
@RestController
@Tag(name = "retention")
class RetentionApiController {

	record Item(long customerId, String customerCode, String customerName, String customerClass,
			LocalDate lastOrderDate, int orderDays, BigDecimal typicalIntervalDays,
			DefectionClock.IntervalSource intervalSource, Long daysSinceLastOrder, RetentionState state, Integer risk,
			String riskBand, Integer health, List<RiskReason> reasons, LocalDate previousOn, Integer previousRisk,
			Integer previousHealth, CustomerRetention.Trend riskTrend) {

		static Item of(CustomerRetention r) {
			DefectionClock.Reading clock = r.clock();
			CustomerRetention.Previous previous = r.previous();
			boolean compared = r.riskTrend() != null;
			return new Item(r.customerId(), r.customerCode(), r.customerName(), r.customerClass(),
					clock.lastOrderDate(), clock.orderDays(), clock.typicalIntervalDays(), clock.intervalSource(),
					clock.daysSinceLastOrder(), clock.state(), r.risk(), r.band(), r.health(), r.reasons(),
					compared ? previous.on() : null, compared ? previous.risk() : null,
					compared ? previous.health() : null, r.riskTrend());
		}

	}

	record Items(List<Item> items, long total) {
	}

	private static final int MAX_SIZE = 500;

	private final RetentionReadings readings;

	private final RiskBacktest backtest;

	private final Clock clock;

	RetentionApiController(RetentionReadings readings, RiskBacktest backtest, Clock clock) {
		this.readings = readings;
		this.backtest = backtest;
		this.clock = clock;
	}

	@GetMapping("/api/v1/retention/backtest")
	@Operation(summary = "Whether the at-risk score proves itself: precision (HIGH at a month end → lost or suggested "
			+ "dormant 6 months later) and recall (lost customers rated HIGH ≥ 60 days before)")
	RiskBacktest.Result backtest(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String scope) {
		return this.backtest.run(user, scope);
	}

	@GetMapping("/api/v1/retention/customers")
	@Operation(summary = "The defection clock and at-risk score of visible customers; state may list several, "
			+ "comma-separated; previousOn/previousRisk/previousHealth/riskTrend compare with the stored daily score "
			+ "at least a week (trend-days) before asOf")
	Items list(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String state, @RequestParam(required = false) String scope,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		if (page < 0) {
			throw BusinessRuleException.onField("page", "retention.error.page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw BusinessRuleException.onField("size", "retention.error.size", MAX_SIZE);
		}
		RetentionReadings.Page found = this.readings.list(user, asOf(asOf), scope, states(state), page, size);
		return new Items(found.items().stream().map(Item::of).toList(), found.total());
	}

	@GetMapping("/api/v1/retention/customers/{id}")
	@Operation(summary = "One visible customer's defection clock and at-risk score")
	Item one(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return Item.of(this.readings.one(user, id, asOf(asOf)));
	}

	private LocalDate asOf(LocalDate asked) {
		return (asked != null) ? asked : LocalDate.now(this.clock);
	}

	/** Comma-separated states; blank: all. */
	static Set<RetentionState> states(String text) {
		Set<RetentionState> states = EnumSet.noneOf(RetentionState.class);
		if (text == null || text.isBlank()) {
			return states;
		}
		for (String each : text.split(",")) {
			try {
				states.add(RetentionState.valueOf(each.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw BusinessRuleException.onField("state", "retention.error.state", each.trim());
			}
		}
		return states;
	}

}
