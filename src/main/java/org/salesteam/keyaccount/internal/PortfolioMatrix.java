package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesteam.customer.Customers;
import org.salesteam.keyaccount.PortfolioBox;
import org.salesteam.keyaccount.internal.PortfolioRows.Score;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.CustomerSalesFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step ⑧, the matrix: per account the mean score of each factor over the scorers,
 * attractiveness and relative strength from them ({@link PortfolioScoring}), the box, the
 * last twelve months' sales (the 365 days ending today), the scorers' spread per factor,
 * and where the account stood in last year's portfolio of the same scope (the movement).
 */
@Service
public class PortfolioMatrix {

	/** The standard deviation of the scorers on one factor, flagged at 2 or more. */
	public record Spread(double deviation, boolean flagged) {
	}

	/**
	 * One account in the matrix; attractiveness, relative strength and box are
	 * {@code null} while scores are missing (or, for RS, when the competitor's side is
	 * 0).
	 */
	public record Row(long customerId, String name, Double attractiveness, Double relativeStrength, PortfolioBox box,
			BigDecimal sales12m, Map<String, Spread> scoreSpread, List<String> scorers, Position previous,
			Outlook forecast) {
	}

	/**
	 * The three-year forecast of an account (step ⑨): its position, box and yearly sales
	 * then; {@code null} on a row without one.
	 */
	public record Outlook(double attractiveness, double relativeStrength, PortfolioBox box, BigDecimal sales) {
	}

	/**
	 * Where an account stood in the previous year's portfolio of the same scope (the
	 * snapshot the movement arrow starts from); {@code null} on a row when there is no
	 * such portfolio the user sees or the account was not in it.
	 */
	public record Position(Double attractiveness, Double relativeStrength, PortfolioBox box) {
	}

	/**
	 * The matrix; {@code previousId} is last year's portfolio of the same scope, if any.
	 */
	public record Matrix(Portfolio portfolio, double cut, List<Row> rows, Long previousId) {
	}

	private final KeyAccountAccess access;

	private final PortfolioRows rows;

	private final Customers customers;

	private final CustomerSalesFigures sales;

	private final PortfolioForecasts forecasts;

	private final PortfolioRepository portfolios;

	private final Clock clock;

	PortfolioMatrix(KeyAccountAccess access, PortfolioRows rows, Customers customers, CustomerSalesFigures sales,
			PortfolioForecasts forecasts, PortfolioRepository portfolios, Clock clock) {
		this.access = access;
		this.portfolios = portfolios;
		this.rows = rows;
		this.customers = customers;
		this.sales = sales;
		this.forecasts = forecasts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Matrix of(UserPrincipal user, long portfolioId) {
		Portfolio portfolio = this.access.readablePortfolio(user, portfolioId);
		List<Long> accounts = this.rows.accounts(portfolioId);
		Map<Long, List<Score>> scores = scoresByAccount(portfolioId);
		Map<String, Integer> weights = weights(this.rows.factors(portfolioId, FactorKind.ATTRACTIVENESS));
		Map<String, Integer> successWeights = weights(this.rows.factors(portfolioId, FactorKind.SUCCESS));
		// a locked portfolio is a fixed snapshot: its sales end on the day it was locked
		LocalDate asOf = (portfolio.getLockedOn() != null) ? portfolio.getLockedOn() : LocalDate.now(this.clock);
		Map<Long, BigDecimal> sales12m = this.sales.salesBetween(accounts, asOf.minusDays(364), asOf);
		double cut = portfolio.getCut().doubleValue();
		Map<Long, PortfolioForecasts.Forecast> outlooks = this.forecasts.byAccount(portfolioId);
		Optional<Portfolio> previous = this.access.previousPortfolio(user, portfolio);
		Map<Long, Position> before = previous.map(this::positions).orElse(Map.of());
		List<Row> result = new ArrayList<>();
		for (Long customerId : accounts) {
			List<Score> own = scores.getOrDefault(customerId, List.of());
			Position now = position(own, weights, successWeights, cut);
			String name = this.customers.find(customerId).map(Customers.CustomerSummary::name).orElse("");
			result.add(new Row(customerId, name, now.attractiveness(), now.relativeStrength(), now.box(),
					sales12m.getOrDefault(customerId, BigDecimal.ZERO), spreads(own),
					own.stream().map(Score::scorer).distinct().sorted().toList(), before.get(customerId),
					outlook(outlooks.get(customerId), cut)));
		}
		return new Matrix(portfolio, cut, result, previous.map(Portfolio::getId).orElse(null));
	}

	/**
	 * The account's box in the newest portfolio that lists it, computed on read like the
	 * matrix; empty when there is none or it is not scored. No user: the service routing
	 * asks it for any new request (ADR 0052).
	 */
	@Transactional(readOnly = true)
	public Optional<PortfolioBox> newestBox(long customerId) {
		return this.rows.newestPortfolioOf(customerId).flatMap(this.portfolios::findById).map((portfolio) -> {
			long id = portfolio.getId();
			List<Score> own = this.rows.scores(id).stream().filter((s) -> s.customerId() == customerId).toList();
			return position(own, weights(this.rows.factors(id, FactorKind.ATTRACTIVENESS)),
					weights(this.rows.factors(id, FactorKind.SUCCESS)), portfolio.getCut().doubleValue())
				.box();
		});
	}

	/**
	 * Every account's position in a portfolio (last year's snapshot, computed on read).
	 */
	private Map<Long, Position> positions(Portfolio portfolio) {
		long id = portfolio.getId();
		Map<Long, List<Score>> scores = scoresByAccount(id);
		Map<String, Integer> weights = weights(this.rows.factors(id, FactorKind.ATTRACTIVENESS));
		Map<String, Integer> successWeights = weights(this.rows.factors(id, FactorKind.SUCCESS));
		Map<Long, Position> positions = new HashMap<>();
		for (Long customerId : this.rows.accounts(id)) {
			positions.put(customerId, position(scores.getOrDefault(customerId, List.of()), weights, successWeights,
					portfolio.getCut().doubleValue()));
		}
		return positions;
	}

	private static Outlook outlook(PortfolioForecasts.Forecast forecast, double cut) {
		return (forecast == null) ? null : new Outlook(forecast.attractiveness(), forecast.relativeStrength(),
				PortfolioBox.of(forecast.attractiveness(), forecast.relativeStrength(), cut), forecast.sales());
	}

	private Map<Long, List<Score>> scoresByAccount(long portfolioId) {
		Map<Long, List<Score>> scores = new HashMap<>();
		this.rows.scores(portfolioId)
			.forEach((s) -> scores.computeIfAbsent(s.customerId(), (c) -> new ArrayList<>()).add(s));
		return scores;
	}

	/**
	 * AA and RS from the means over the scorers (rounded for output), the box from the
	 * unrounded.
	 */
	private static Position position(List<Score> own, Map<String, Integer> weights, Map<String, Integer> successWeights,
			double cut) {
		Double aa = PortfolioScoring.attractiveness(weights, means(own, FactorKind.ATTRACTIVENESS, false));
		Double rs = PortfolioScoring.relativeStrength(successWeights, means(own, FactorKind.SUCCESS, false),
				means(own, FactorKind.SUCCESS, true));
		return new Position(round(aa), round(rs), PortfolioBox.of(aa, rs, cut));
	}

	private static Map<String, Integer> weights(List<Factor> factors) {
		Map<String, Integer> weights = new LinkedHashMap<>();
		factors.forEach((f) -> weights.put(f.name(), f.weight()));
		return weights;
	}

	private static Map<String, Double> means(List<Score> scores, FactorKind kind, boolean best) {
		Map<String, List<Double>> values = byFactor(scores, kind, best);
		Map<String, Double> means = new HashMap<>();
		values.forEach((factor, list) -> means.put(factor, PortfolioScoring.mean(list)));
		return means;
	}

	private static Map<String, List<Double>> byFactor(List<Score> scores, FactorKind kind, boolean best) {
		Map<String, List<Double>> values = new LinkedHashMap<>();
		scores.stream()
			.filter((s) -> s.kind() == kind)
			.forEach((s) -> values.computeIfAbsent(s.factor(), (f) -> new ArrayList<>()).add(best ? s.best() : s.us()));
		return values;
	}

	/**
	 * The spread per attractiveness factor ({@code name}) and per success factor, ours
	 * ({@code name.us}) and the competitor's ({@code name.best}).
	 */
	private static Map<String, Spread> spreads(List<Score> scores) {
		Map<String, Spread> spreads = new LinkedHashMap<>();
		byFactor(scores, FactorKind.ATTRACTIVENESS, false).forEach((f, v) -> spreads.put(f, spread(v)));
		byFactor(scores, FactorKind.SUCCESS, false).forEach((f, v) -> spreads.put(f + ".us", spread(v)));
		byFactor(scores, FactorKind.SUCCESS, true).forEach((f, v) -> spreads.put(f + ".best", spread(v)));
		return spreads;
	}

	private static Spread spread(List<Double> values) {
		double deviation = PortfolioScoring.spread(values);
		return new Spread(round(deviation), deviation >= PortfolioScoring.SPREAD_FLAG);
	}

	private static Double round(Double value) {
		return (value == null) ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

}
