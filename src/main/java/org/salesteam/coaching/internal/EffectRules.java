package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The coaching effect as a difference in differences (pure; ADR 0038, 0045): for one
 * session, the rep's change of the KPI from the 8 weeks before the session to the 8 weeks
 * after, minus the mean change of the rep's uncoached peers over the same weeks; for
 * many, the mean over the sessions where both are defined, with how many that is. A
 * change is the growth (after ÷ before − 1, undefined when before is not positive) for an
 * amount, a count or minutes, so that a big rep's swings do not outweigh a small rep's,
 * and the difference (after − before, in points) for a per-cent KPI.
 */
final class EffectRules {

	/**
	 * A KPI's value before and after (either may be undefined); {@code growth}: the
	 * change is after ÷ before − 1.
	 */
	record Change(BigDecimal before, BigDecimal after, boolean growth) {

		Change(BigDecimal before, BigDecimal after) {
			this(before, after, false);
		}

		BigDecimal delta() {
			if (this.before == null || this.after == null) {
				return null;
			}
			if (!this.growth) {
				return this.after.subtract(this.before);
			}
			return (this.before.signum() <= 0) ? null
					: this.after.divide(this.before, 6, RoundingMode.HALF_UP).subtract(BigDecimal.ONE);
		}

	}

	/** One session's difference in differences; {@code null} parts when undefined. */
	record SessionEffect(BigDecimal repChange, BigDecimal peerChange, int peers, BigDecimal effect) {
	}

	/** The mean effect over the sessions that have one, and their number. */
	record Overall(BigDecimal effect, int sessions) {
	}

	private EffectRules() {
	}

	static SessionEffect session(Change rep, List<Change> peers) {
		List<BigDecimal> deltas = peers.stream().map(Change::delta).filter(Objects::nonNull).toList();
		BigDecimal peerChange = mean(deltas);
		BigDecimal repChange = rep.delta();
		BigDecimal effect = (repChange == null || peerChange == null) ? null
				: repChange.subtract(peerChange).setScale(6, RoundingMode.HALF_UP);
		return new SessionEffect(repChange, peerChange, deltas.size(), effect);
	}

	static Overall overall(List<SessionEffect> sessions) {
		List<BigDecimal> effects = sessions.stream().map(SessionEffect::effect).filter(Objects::nonNull).toList();
		return new Overall(mean(effects), effects.size());
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), 6, RoundingMode.HALF_UP);
	}

}
