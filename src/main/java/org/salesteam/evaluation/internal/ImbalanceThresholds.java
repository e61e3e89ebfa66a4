package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flags' thresholds by name. Directors and admins change them (others 403); a name
 * not among them or a value out of range (percentiles 0–100, shares and goal band 0–10)
 * is a 422 on {@code thresholds.NAME}. Every change goes to the audit trail.
 */
@Service
public class ImbalanceThresholds {

	private final ImbalanceThresholdRepository thresholds;

	ImbalanceThresholds(ImbalanceThresholdRepository thresholds) {
		this.thresholds = thresholds;
	}

	@Transactional(readOnly = true)
	public Map<String, BigDecimal> current() {
		Map<String, BigDecimal> result = new TreeMap<>();
		this.thresholds.findAll().forEach((threshold) -> result.put(threshold.getName(), threshold.getAmount()));
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
			threshold.change(amount);
		});
		return current();
	}

}
