package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coaching effect by hand: the rep's change minus the uncoached peers' mean change,
 * peers without a value on both sides left out, and the mean over the sessions that have
 * an effect with their number.
 */
class EffectRulesTests {

	private static EffectRules.Change change(String before, String after) {
		return new EffectRules.Change((before != null) ? new BigDecimal(before) : null,
				(after != null) ? new BigDecimal(after) : null);
	}

	@Test
	void differenceInDifferences() {
		// rep: 0.10 → 0.25 (+0.15); peers +0.02 and +0.06 (mean +0.04), one undefined
		EffectRules.SessionEffect first = EffectRules.session(change("0.10", "0.25"),
				List.of(change("0.20", "0.22"), change("0.30", "0.36"), change(null, "0.40")));
		assertThat(first.repChange()).isEqualByComparingTo("0.15");
		assertThat(first.peerChange()).isEqualByComparingTo("0.04");
		assertThat(first.peers()).isEqualTo(2);
		assertThat(first.effect()).isEqualByComparingTo("0.11");
		// rep: 1000 → 900 (−100); one peer 1000 → 1200 (+200): effect −300
		EffectRules.SessionEffect second = EffectRules.session(change("1000", "900"), List.of(change("1000", "1200")));
		assertThat(second.effect()).isEqualByComparingTo("-300");
		// no peers: no effect
		EffectRules.SessionEffect third = EffectRules.session(change("1", "2"), List.of());
		assertThat(third.effect()).isNull();
		// mean of 0.11 and −300 over 2 sessions (the third has none)
		EffectRules.Overall overall = EffectRules.overall(List.of(first, second, third));
		assertThat(overall.sessions()).isEqualTo(2);
		assertThat(overall.effect()).isEqualByComparingTo("-149.945");
	}

}
