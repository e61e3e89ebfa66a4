package org.salesteam.keyaccount.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.keyaccount.internal.PortfolioRows.Score;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One account's scoring form (steps ⑤, ⑦, ⑨ on the page): each attractiveness factor with
 * its scale, the scorer's earlier score or else the score the data suggests, each success
 * factor with the scorer's earlier scores, and the three-year forecast.
 */
@Service
public class ScoringSheet {

	/**
	 * An attractiveness factor: {@code value} is the scorer's earlier score, else the
	 * pre-filled one, else {@code null}; {@code measured} is what the data says, if the
	 * scale names a measure.
	 */
	public record FactorLine(String name, int weight, List<ScoringBand> bands, Double value,
			ScorePrefill.Measured measured) {
	}

	/** A success factor with the scorer's earlier scores, if any. */
	public record SuccessLine(String name, int weight, Double us, Double best) {
	}

	public record Sheet(Portfolio portfolio, long customerId, String customerName, String scorer,
			List<FactorLine> factors, List<SuccessLine> successFactors, PortfolioForecasts.Forecast forecast) {
	}

	private final KeyAccountAccess access;

	private final PortfolioRows rows;

	private final ScaleRows scales;

	private final ScorePrefill prefill;

	private final PortfolioForecasts forecasts;

	ScoringSheet(KeyAccountAccess access, PortfolioRows rows, ScaleRows scales, ScorePrefill prefill,
			PortfolioForecasts forecasts) {
		this.access = access;
		this.rows = rows;
		this.scales = scales;
		this.prefill = prefill;
		this.forecasts = forecasts;
	}

	/**
	 * The sheet of the scorer ({@code null}: the user) for one account of the portfolio.
	 */
	@Transactional(readOnly = true)
	public Sheet of(UserPrincipal user, long portfolioId, long customerId, String scorer) {
		// checks the portfolio, the customer and that the account is in the portfolio
		ScorePrefill.Prefill data = this.prefill.of(user, portfolioId, customerId);
		Portfolio portfolio = this.access.readablePortfolio(user, portfolioId);
		String name = this.access.readableCustomer(user, customerId).name();
		String who = (scorer == null || scorer.isBlank()) ? user.getUsername() : scorer.trim();
		Map<String, Score> earlier = new HashMap<>();
		this.rows.scores(portfolioId)
			.stream()
			.filter((s) -> s.customerId() == customerId && s.scorer().equals(who))
			.forEach((s) -> earlier.put(s.kind() + "/" + s.factor(), s));
		Map<String, FactorScale> scaleOf = new HashMap<>();
		this.scales.scales(portfolioId).forEach((s) -> scaleOf.put(s.factor(), s));
		Map<String, ScorePrefill.Measured> measuredOf = new HashMap<>();
		data.measures().forEach((m) -> measuredOf.put(m.factor(), m));
		List<FactorLine> factors = this.rows.factors(portfolioId, FactorKind.ATTRACTIVENESS).stream().map((f) -> {
			Score own = earlier.get(FactorKind.ATTRACTIVENESS + "/" + f.name());
			Integer suggested = data.factors().get(f.name());
			Double value = (own != null) ? Double.valueOf(own.us())
					: (suggested != null) ? Double.valueOf(suggested) : null;
			FactorScale scale = scaleOf.get(f.name());
			return new FactorLine(f.name(), f.weight(), (scale != null) ? scale.bands() : List.of(), value,
					measuredOf.get(f.name()));
		}).toList();
		List<SuccessLine> success = this.rows.factors(portfolioId, FactorKind.SUCCESS).stream().map((f) -> {
			Score own = earlier.get(FactorKind.SUCCESS + "/" + f.name());
			return new SuccessLine(f.name(), f.weight(), (own != null) ? own.us() : null,
					(own != null) ? own.best() : null);
		}).toList();
		return new Sheet(portfolio, customerId, name, who, factors, success,
				this.forecasts.byAccount(portfolioId).get(customerId));
	}

}
