package org.salesteam.keyaccount.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.customer.Customers;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the factors-and-scales page shows (steps ①–④ and ⑥, ADR 0052): the accounts the
 * portfolio may list — the key accounts the user reads and those already listed — the
 * attractiveness factors with their weights and scales, the critical success factors.
 * Only for those who may read the portfolio; whether they may change it is
 * {@link #editable}.
 */
@Service
public class PortfolioSetup {

	/** An account the portfolio may list, and whether it does. */
	public record Candidate(long customerId, String name, String customerClass, boolean listed) {
	}

	/** An attractiveness factor with its scale (bands empty when none is defined). */
	public record FactorLine(String name, int weight, FactorMeasure measure, List<ScoringBand> bands) {
	}

	/** The page's data. */
	public record Setup(Portfolio portfolio, boolean editable, List<Candidate> candidates, List<FactorLine> factors,
			List<Factor> successFactors) {

		/** The sum of the attractiveness weights (100 once complete). */
		public int weightSum() {
			return this.factors.stream().mapToInt(FactorLine::weight).sum();
		}

		public int successWeightSum() {
			return this.successFactors.stream().mapToInt(Factor::weight).sum();
		}

	}

	private final KeyAccountAccess access;

	private final KeyAccountList list;

	private final PortfolioRows rows;

	private final ScaleRows scales;

	private final Customers customers;

	PortfolioSetup(KeyAccountAccess access, KeyAccountList list, PortfolioRows rows, ScaleRows scales,
			Customers customers) {
		this.access = access;
		this.list = list;
		this.rows = rows;
		this.scales = scales;
		this.customers = customers;
	}

	@Transactional(readOnly = true)
	public Setup of(UserPrincipal user, long portfolioId) {
		Portfolio portfolio = this.access.readablePortfolio(user, portfolioId);
		Set<Long> listed = Set.copyOf(this.rows.accounts(portfolioId));
		Map<Long, Candidate> candidates = new LinkedHashMap<>();
		this.list.accounts(user)
			.forEach((row) -> candidates.put(row.customerId(), new Candidate(row.customerId(), row.name(),
					row.customerClass(), listed.contains(row.customerId()))));
		for (Long customerId : listed) {
			if (!candidates.containsKey(customerId)) {
				this.customers.find(customerId)
					.ifPresent((customer) -> candidates.put(customerId,
							new Candidate(customerId, customer.name(), null, true)));
			}
		}
		Map<String, FactorScale> byFactor = new HashMap<>();
		this.scales.scales(portfolioId).forEach((scale) -> byFactor.put(scale.factor(), scale));
		List<FactorLine> factors = new ArrayList<>();
		for (Factor factor : this.rows.factors(portfolioId, FactorKind.ATTRACTIVENESS)) {
			FactorScale scale = byFactor.get(factor.name());
			factors.add(new FactorLine(factor.name(), factor.weight(), (scale != null) ? scale.measure() : null,
					(scale != null) ? scale.bands() : List.of()));
		}
		return new Setup(portfolio, editable(user, portfolio), List.copyOf(candidates.values()), factors,
				this.rows.factors(portfolioId, FactorKind.SUCCESS));
	}

	/**
	 * Whether the user, who reads the portfolio, may change it: a manager or director,
	 * while it is not locked (as {@link KeyAccountAccess#writablePortfolio}).
	 */
	private static boolean editable(UserPrincipal user, Portfolio portfolio) {
		return !portfolio.isLocked() && user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
	}

}
