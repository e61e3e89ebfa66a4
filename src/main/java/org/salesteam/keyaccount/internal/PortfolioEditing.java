package org.salesteam.keyaccount.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.keyaccount.internal.PortfolioRows.Score;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps ① to ⑦ of the portfolio analysis: create a portfolio, list its accounts, define
 * the factors and their weights, score. Everything is checked before anything is written;
 * a failure leaves the portfolio as it was.
 */
@Service
public class PortfolioEditing {

	/** Our score and the best competitor's on one success factor. */
	public record UsBest(Double us, Double best) {
	}

	/** One scorer's scores of one account, by factor name. */
	public record ScoreSheet(String scorer, Map<String, Double> factors, Map<String, UsBest> successFactors) {
	}

	private final KeyAccountAccess access;

	private final PortfolioRepository portfolios;

	private final PortfolioRows rows;

	private final ScaleRows scales;

	PortfolioEditing(KeyAccountAccess access, PortfolioRepository portfolios, PortfolioRows rows, ScaleRows scales) {
		this.access = access;
		this.portfolios = portfolios;
		this.rows = rows;
		this.scales = scales;
	}

	@Transactional
	public long create(UserPrincipal user, String name, Integer year, String scope) {
		this.access.checkMayRunPortfolios(user);
		if (name == null || name.isBlank() || name.length() > 200) {
			throw BusinessRuleException.onField("name", "keyaccount.error.name");
		}
		if (year == null || year < 2000 || year > 2100) {
			throw BusinessRuleException.onField("year", "keyaccount.error.year");
		}
		if (scope == null || scope.isBlank() || scope.length() > 100) {
			throw BusinessRuleException.onField("scope", "keyaccount.error.scope");
		}
		return this.portfolios.save(new Portfolio(name, year, scope, user.id())).getId();
	}

	/** Step ①: the accounts; a customer the user may not see → 404, nothing written. */
	@Transactional
	public void setAccounts(UserPrincipal user, long portfolioId, List<Long> customerIds) {
		writable(user, portfolioId);
		if (customerIds == null) {
			throw BusinessRuleException.onField("accounts", "keyaccount.error.accounts");
		}
		Set<Long> accounts = new LinkedHashSet<>();
		for (Long customerId : customerIds) {
			if (customerId == null) {
				throw BusinessRuleException.onField("accounts", "keyaccount.error.accounts");
			}
			this.access.readableCustomer(user, customerId);
			accounts.add(customerId);
		}
		this.rows.replaceAccounts(portfolioId, accounts);
	}

	/**
	 * Steps ②–③ ({@code kind} ATTRACTIVENESS, field "factors") and ⑥ (SUCCESS, field
	 * "successFactors"): named factors, weights 0–100 adding up to 100.
	 */
	@Transactional
	public void setFactors(UserPrincipal user, long portfolioId, FactorKind kind, List<Factor> factors) {
		writable(user, portfolioId);
		String field = kind.field();
		if (factors == null || factors.isEmpty()) {
			throw BusinessRuleException.onField(field, "keyaccount.error.noFactors");
		}
		Set<String> names = new HashSet<>();
		int sum = 0;
		for (Factor factor : factors) {
			if (factor == null || factor.name() == null || factor.name().isBlank() || factor.name().length() > 100
					|| !names.add(factor.name().trim())) {
				throw BusinessRuleException.onField(field, "keyaccount.error.factorName");
			}
			if (factor.weight() < 0 || factor.weight() > 100) {
				throw BusinessRuleException.onField(field, "keyaccount.error.weights", sum);
			}
			sum += factor.weight();
		}
		if (sum != 100) {
			throw BusinessRuleException.onField(field, "keyaccount.error.weights", sum);
		}
		this.rows.replaceFactors(portfolioId, kind,
				factors.stream().map((f) -> new Factor(f.name().trim(), f.weight())).toList());
		if (kind == FactorKind.ATTRACTIVENESS) {
			this.scales.dropUndefined(portfolioId);
		}
	}

	/**
	 * Steps ⑤ and ⑦: one scorer's scores of one account (the caller's username when no
	 * scorer is named), replacing that scorer's earlier ones; the other scorers' stay.
	 * Every score is on 0–10 and names a defined factor, or 422 naming it.
	 */
	@Transactional
	public void score(UserPrincipal user, long portfolioId, long customerId, ScoreSheet sheet) {
		writable(user, portfolioId);
		this.access.readableCustomer(user, customerId);
		if (!this.rows.accounts(portfolioId).contains(customerId)) {
			throw new NotFoundException(KeyAccountAccess.CUSTOMER, customerId);
		}
		String scorer = (sheet.scorer() == null || sheet.scorer().isBlank()) ? user.getUsername()
				: sheet.scorer().trim();
		if (scorer.length() > 100) {
			throw BusinessRuleException.onField("scorer", "keyaccount.error.scorer");
		}
		List<Score> scores = new ArrayList<>();
		Set<String> attractiveness = names(this.rows.factors(portfolioId, FactorKind.ATTRACTIVENESS));
		Set<String> success = names(this.rows.factors(portfolioId, FactorKind.SUCCESS));
		if (sheet.factors() != null) {
			sheet.factors().forEach((name, value) -> {
				String field = "factors." + name;
				known(attractiveness, name, field);
				scores.add(new Score(customerId, scorer, FactorKind.ATTRACTIVENESS, name, inRange(value, field), null));
			});
		}
		if (sheet.successFactors() != null) {
			sheet.successFactors().forEach((name, value) -> {
				String field = "successFactors." + name;
				known(success, name, field);
				UsBest pair = (value != null) ? value : new UsBest(null, null);
				scores.add(new Score(customerId, scorer, FactorKind.SUCCESS, name, inRange(pair.us(), field + ".us"),
						inRange(pair.best(), field + ".best")));
			});
		}
		this.rows.replaceScores(portfolioId, customerId, scorer, scores);
	}

	private Portfolio writable(UserPrincipal user, long portfolioId) {
		return this.access.writablePortfolio(user, portfolioId);
	}

	private static Set<String> names(List<Factor> factors) {
		Set<String> names = new HashSet<>();
		factors.forEach((f) -> names.add(f.name()));
		return names;
	}

	private static void known(Set<String> factors, String name, String field) {
		if (!factors.contains(name)) {
			throw BusinessRuleException.onField(field, "keyaccount.error.unknownFactor", name);
		}
	}

	private static double inRange(Double value, String field) {
		if (value == null || value.isNaN() || value < 0 || value > 10) {
			throw BusinessRuleException.onField(field, "keyaccount.error.scoreRange");
		}
		return value;
	}

}
