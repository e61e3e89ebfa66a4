package org.salesteam.keyaccount.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditLog;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end lock: a locked portfolio is the year's fixed snapshot — accounts, factors,
 * scales, scores and forecasts refuse changes (422 on {@code portfolio}), and its sales
 * are those of the 365 days ending on the day it was locked, so next year's movement
 * arrows start from a point that no longer moves. Whoever may change the portfolio locks
 * it; only a director or admin reopens it. Both are in the audit trail as entity
 * {@code portfolio}, field {@code lockedOn} (ADR 0048).
 */
@Service
public class PortfolioLocking {

	static final String AUDIT = "portfolio";

	private final KeyAccountAccess access;

	private final AuditLog audit;

	private final Clock clock;

	PortfolioLocking(KeyAccountAccess access, AuditLog audit, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void lock(UserPrincipal user, long portfolioId) {
		LocalDate today = LocalDate.now(this.clock);
		this.access.writablePortfolio(user, portfolioId).lock(today, user.id());
		this.audit.record(user.getUsername(), AUDIT, portfolioId, AuditAction.UPDATE,
				List.of(new AuditEntry.Change("lockedOn", null, today.toString())));
	}

	@Transactional
	public void unlock(UserPrincipal user, long portfolioId) {
		this.access.checkMayUnlock(user);
		Portfolio portfolio = this.access.readablePortfolio(user, portfolioId);
		LocalDate lockedOn = portfolio.getLockedOn();
		portfolio.unlock();
		this.audit.record(user.getUsername(), AUDIT, portfolioId, AuditAction.UPDATE,
				List.of(new AuditEntry.Change("lockedOn", (lockedOn != null) ? lockedOn.toString() : null, null)));
	}

}
