package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.CustomerSalesFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step ⑤'s pre-fill: for each attractiveness factor whose scale names a measure, the
 * account's measured value as of the portfolio's day (the day it was locked, else today)
 * and the score of the band that covers it. The scorers start from these and may overrule
 * them; nothing is stored.
 */
@Service
public class ScorePrefill {

	/**
	 * A measured factor: the value ({@code null} when the data cannot tell, e.g. growth
	 * without sales the year before) and its score ({@code null} when in no band).
	 */
	public record Measured(String factor, FactorMeasure measure, BigDecimal value, Integer score) {
	}

	/** The pre-filled scores by factor name, and what they were measured from. */
	public record Prefill(LocalDate asOf, Map<String, Integer> factors, List<Measured> measures) {
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final KeyAccountAccess access;

	private final PortfolioRows rows;

	private final ScaleRows scales;

	private final CustomerSalesFigures sales;

	private final JdbcClient jdbc;

	private final Clock clock;

	ScorePrefill(KeyAccountAccess access, PortfolioRows rows, ScaleRows scales, CustomerSalesFigures sales,
			JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.rows = rows;
		this.scales = scales;
		this.sales = sales;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Prefill of(UserPrincipal user, long portfolioId, long customerId) {
		Portfolio portfolio = this.access.readablePortfolio(user, portfolioId);
		this.access.readableCustomer(user, customerId);
		if (!this.rows.accounts(portfolioId).contains(customerId)) {
			throw new NotFoundException(KeyAccountAccess.CUSTOMER, customerId);
		}
		LocalDate asOf = (portfolio.getLockedOn() != null) ? portfolio.getLockedOn() : LocalDate.now(this.clock);
		Map<FactorMeasure, BigDecimal> values = measure(customerId, asOf);
		Map<String, Integer> factors = new LinkedHashMap<>();
		List<Measured> measures = new ArrayList<>();
		for (FactorScale scale : this.scales.scales(portfolioId)) {
			if (scale.measure() == null) {
				continue;
			}
			BigDecimal value = values.get(scale.measure());
			Integer score = ScoringBand.scoreOf(scale.bands(), value);
			measures.add(new Measured(scale.factor(), scale.measure(), value, score));
			if (score != null) {
				factors.put(scale.factor(), score);
			}
		}
		return new Prefill(asOf, factors, measures);
	}

	/**
	 * Every measure of one account as of a day (a value the data cannot tell is absent).
	 */
	Map<FactorMeasure, BigDecimal> measure(long customerId, LocalDate asOf) {
		List<Long> one = List.of(customerId);
		BigDecimal sales12m = this.sales.salesBetween(one, asOf.minusDays(364), asOf).get(customerId);
		BigDecimal before = this.sales.salesBetween(one, asOf.minusDays(729), asOf.minusDays(365)).get(customerId);
		BigDecimal profit = this.sales.profitBetween(one, asOf.minusDays(364), asOf).get(customerId);
		BigDecimal potential = this.jdbc.sql("select potential from customer where id = :c")
			.param("c", customerId)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
		Map<FactorMeasure, BigDecimal> values = new LinkedHashMap<>();
		putPercent(values, FactorMeasure.GROWTH, sales12m.subtract(before), before);
		putPercent(values, FactorMeasure.MARGIN, profit, sales12m);
		if (potential != null) {
			values.put(FactorMeasure.POTENTIAL, potential);
		}
		putPercent(values, FactorMeasure.SHARE_OF_WALLET, sales12m, potential);
		return values;
	}

	/** part ÷ whole × 100 to one decimal, half up; left out when the whole is not > 0. */
	private static void putPercent(Map<FactorMeasure, BigDecimal> values, FactorMeasure measure, BigDecimal part,
			BigDecimal whole) {
		if (whole != null && whole.signum() > 0) {
			values.put(measure, part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
		}
	}

}
