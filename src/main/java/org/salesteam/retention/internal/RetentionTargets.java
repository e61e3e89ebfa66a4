package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention targets: the acceptable yearly loss rate in percent by class (A, B, C).
 * Directors and admins change them (others 403); an unknown class or a rate outside 0–100
 * is a 422 on {@code targets.CLASS}, and nothing is changed. Every change goes to the
 * audit trail.
 */
@Service
public class RetentionTargets {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final RetentionTargetRepository targets;

	RetentionTargets(RetentionTargetRepository targets) {
		this.targets = targets;
	}

	/** The loss rate in percent by class, A first. */
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> current() {
		Map<String, BigDecimal> result = new TreeMap<>();
		this.targets.findAll().forEach((target) -> result.put(target.getCustomerClass(), target.getLossRate()));
		return result;
	}

	@Transactional
	public Map<String, BigDecimal> change(UserPrincipal user, Map<String, BigDecimal> changes) {
		if (!user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("retention targets are set by directors and admins");
		}
		Map<String, RetentionTarget> byClass = new HashMap<>();
		this.targets.findAll().forEach((target) -> byClass.put(target.getCustomerClass(), target));
		changes.forEach((customerClass, rate) -> {
			RetentionTarget target = byClass.get(customerClass);
			if (target == null || rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
				throw BusinessRuleException.onField("targets." + customerClass, "retention.error.target",
						customerClass);
			}
			target.change(rate);
		});
		return current();
	}

}
