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

	@Test
	void growthForAmountsAndCounts() {
		// rep 200 000 → 230 000: grew 15 %; peers 50 000 → 52 000 (+4 %) and 80 000 → 84
		// 000
		// (+5 %): mean +4.5 %; effect +10.5 points, though the rep's swing in yuan is 10x
		EffectRules.SessionEffect session = EffectRules.session(
				new EffectRules.Change(new BigDecimal("200000"), new BigDecimal("230000"), true),
				List.of(new EffectRules.Change(new BigDecimal("50000"), new BigDecimal("52000"), true),
						new EffectRules.Change(new BigDecimal("80000"), new BigDecimal("84000"), true),
						new EffectRules.Change(BigDecimal.ZERO, new BigDecimal("10000"), true)));
		assertThat(session.repChange()).isEqualByComparingTo("0.15");
		assertThat(session.peerChange()).isEqualByComparingTo("0.045");
		assertThat(session.peers()).isEqualTo(2);
		assertThat(session.effect()).isEqualByComparingTo("0.105");
	}

}
