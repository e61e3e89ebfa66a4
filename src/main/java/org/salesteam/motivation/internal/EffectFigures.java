package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The effectiveness figures of a contest as a pure function (ADR 0032), for three windows
 * of the contest's length — before, during, after — each with the participants' actual
 * sales and a baseline: PRE_DIP, LIFT, POST_DIP = (actual − baseline) ÷ baseline per
 * window; net incremental profit = Σ (actual − baseline) × margin rate; ROI = (net −
 * prize cost) ÷ prize cost. EFFECTIVE when ROI > 0 (with no prize cost: net > 0) and the
 * margin rate dropped by at most one percentage point; PENDING while the window after is
 * not over.
 */
public record EffectFigures(BigDecimal preDip, BigDecimal lift, BigDecimal postDip, BigDecimal netIncrementalProfit,
		BigDecimal roi, String verdict) {

	static final BigDecimal MAX_MARGIN_DROP = new BigDecimal("-0.01");

	/**
	 * @param actual the participants' sales before, during, after
	 * @param baseline the expected sales in the same windows
	 * @param marginRate profit ÷ sales of the participants over the three windows
	 * @param marginChange the margin rate during the contest minus the baseline's (a
	 * fraction: −0.02 is two points down), or null when unknown
	 */
	public static EffectFigures of(BigDecimal[] actual, BigDecimal[] baseline, BigDecimal marginRate,
			BigDecimal prizeCost, BigDecimal marginChange, boolean complete) {
		BigDecimal difference = BigDecimal.ZERO;
		for (int i = 0; i < 3; i++) {
			difference = difference.add(actual[i].subtract(baseline[i]));
		}
		BigDecimal net = difference.multiply((marginRate != null) ? marginRate : BigDecimal.ZERO)
			.setScale(2, RoundingMode.HALF_UP);
		BigDecimal roi = (prizeCost != null && prizeCost.signum() > 0)
				? net.subtract(prizeCost).divide(prizeCost, 4, RoundingMode.HALF_UP) : null;
		boolean paid = (roi != null) ? roi.signum() > 0 : net.signum() > 0;
		boolean marginKept = marginChange == null || marginChange.compareTo(MAX_MARGIN_DROP) >= 0;
		String verdict = !complete ? "PENDING" : (paid && marginKept) ? "EFFECTIVE" : "NOT_EFFECTIVE";
		return new EffectFigures(change(actual[0], baseline[0]), change(actual[1], baseline[1]),
				change(actual[2], baseline[2]), net, roi, verdict);
	}

	/** (actual − baseline) ÷ baseline; null without a baseline. */
	static BigDecimal change(BigDecimal actual, BigDecimal baseline) {
		if (baseline == null || baseline.signum() == 0) {
			return null;
		}
		return actual.subtract(baseline).divide(baseline, 4, RoundingMode.HALF_UP);
	}

}
