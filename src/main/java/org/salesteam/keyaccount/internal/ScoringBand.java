package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One band of a factor's 0–10 scale (step ④): the score, the measured values it covers —
 * from {@code lower} (included) to {@code upper} (excluded), an open end where
 * {@code null} — and what the band means in words (for factors scored by judgement the
 * label is the whole band).
 */
public record ScoringBand(Integer score, BigDecimal lower, BigDecimal upper, String label) {

	/** Whether the measured value lies in this band. */
	public boolean covers(BigDecimal value) {
		return (this.lower == null || value.compareTo(this.lower) >= 0)
				&& (this.upper == null || value.compareTo(this.upper) < 0);
	}

	/**
	 * The score of the band that covers the value (bands do not overlap), {@code null}
	 * when the value is unknown or in no band.
	 */
	public static Integer scoreOf(List<ScoringBand> bands, BigDecimal value) {
		if (value == null) {
			return null;
		}
		return bands.stream().filter((b) -> b.covers(value)).map(ScoringBand::score).findFirst().orElse(null);
	}

}
