package org.salesteam.keyaccount.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end lock: a locked portfolio is the year's fixed snapshot — accounts, factors,
 * scales, scores and forecasts refuse changes (422 on {@code portfolio}), and its sales
 * are those of the 365 days ending on the day it was locked, so next year's movement
 * arrows start from a point that no longer moves. Whoever may change the portfolio locks
 * it; only a director or admin reopens it.
 */
@Service
public class PortfolioLocking {

	private final KeyAccountAccess access;

	private final Clock clock;

	PortfolioLocking(KeyAccountAccess access, Clock clock) {
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public void lock(UserPrincipal user, long portfolioId) {
		this.access.writablePortfolio(user, portfolioId).lock(LocalDate.now(this.clock), user.id());
	}

	@Transactional
	public void unlock(UserPrincipal user, long portfolioId) {
		this.access.checkMayUnlock(user);
		this.access.readablePortfolio(user, portfolioId).unlock();
	}

}
