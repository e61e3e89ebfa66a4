package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flags' thresholds by name. Directors and admins change them (others 403); a name
 * not among them or a value out of range (percentiles 0–100, shares and goal band 0–10)
 * is a 422 on {@code thresholds.NAME}. Every change goes to the audit trail.
 * <p>
 * A change applies from the day it is made (business time zone): it is also written to
 * the history with that day, and a period's flags use the amounts in force on the
 * period's last day ({@link #applyingOn}), so a change never alters the flags of a period
 * that ended before it, stored or not (ADR 0044).
 */
@Service
public class ImbalanceThresholds {

	private final ImbalanceThresholdRepository thresholds;

	private final JdbcClient jdbc;

	private final Clock clock;

	ImbalanceThresholds(ImbalanceThresholdRepository thresholds, JdbcClient jdbc, Clock clock) {
		this.thresholds = thresholds;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map<String, BigDecimal> current() {
		Map<String, BigDecimal> result = new TreeMap<>();
		this.thresholds.findAll().forEach((threshold) -> result.put(threshold.getName(), threshold.getAmount()));
		return result;
	}

	/**
	 * The amounts in force on a day: for each name the latest change made on or before it
	 * (the amounts before any change apply since ever).
	 */
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> applyingOn(LocalDate day) {
		Map<String, BigDecimal> result = current();
		this.jdbc.sql("""
				select h.name, h.amount from imbalance_threshold_history h
				where h.applies_from = (select max(x.applies_from) from imbalance_threshold_history x
				                        where x.name = h.name and x.applies_from <= :day)""")
			.param("day", day)
			.query((rs, row) -> Map.entry(rs.getString("name"), rs.getBigDecimal("amount")))
			.list()
			.forEach((entry) -> result.put(entry.getKey(), entry.getValue()));
		return result;
	}

	@Transactional
	public Map<String, BigDecimal> change(UserPrincipal user, Map<String, BigDecimal> changes) {
		if (!user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("thresholds are set by directors and admins");
		}
		Map<String, ImbalanceThreshold> byName = new LinkedHashMap<>();
		this.thresholds.findAll().forEach((threshold) -> byName.put(threshold.getName(), threshold));
		changes.forEach((name, amount) -> {
			ImbalanceThreshold threshold = byName.get(name);
			BigDecimal max = (name != null && name.endsWith("PERCENTILE")) ? BigDecimal.valueOf(100) : BigDecimal.TEN;
			if (threshold == null || amount == null || amount.signum() < 0 || amount.compareTo(max) > 0) {
				throw BusinessRuleException.onField("thresholds." + name, "evaluation.error.threshold", name);
			}
			if (threshold.getAmount().compareTo(amount) != 0) {
				threshold.change(amount);
				appliesFromToday(name, amount);
			}
		});
		return current();
	}

	/** The change of the day replaces an earlier one of the same day. */
	private void appliesFromToday(String name, BigDecimal amount) {
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.sql("delete from imbalance_threshold_history where name = :name and applies_from = :today")
			.param("name", name)
			.param("today", today)
			.update();
		this.jdbc
			.sql("insert into imbalance_threshold_history (name, applies_from, amount) values (:name, :today, :amount)")
			.param("name", name)
			.param("today", today)
			.param("amount", amount)
			.update();
	}

}
