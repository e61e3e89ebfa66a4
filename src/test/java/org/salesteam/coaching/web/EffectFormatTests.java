package org.salesteam.coaching.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An effect is coloured by what the page shows, not by the unrounded value: −0.0004 is
 * −0.04 points and shows as 0.0, so it is neutral, not a red loss; −0.0005 is −0.05
 * points, shown (half up) as −0.1 and red when higher is better, green when lower is.
 */
class EffectFormatTests {

	private final EffectFormat format = new EffectFormat(Locale.ROOT, messages());

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("coaching.effect.points", Locale.ROOT, "{0} points");
		return messages;
	}

	@Test
	void anEffectShownAsZeroIsNeutral() {
		BigDecimal tiny = new BigDecimal("-0.0004");
		assertThat(this.format.text(tiny)).isEqualTo("0.0 points");
		assertThat(EffectFormat.tone(tiny, true)).isEqualTo("text-muted");
		assertThat(EffectFormat.tone(tiny, false)).isEqualTo("text-muted");
		assertThat(EffectFormat.tone(new BigDecimal("0.0004"), true)).isEqualTo("text-muted");
		assertThat(EffectFormat.tone(BigDecimal.ZERO, true)).isEqualTo("text-muted");
		assertThat(EffectFormat.tone(null, true)).isEqualTo("text-muted");
	}

	@Test
	void aShownChangeIsGreenOrRedByTheKpisDirection() {
		BigDecimal smallLoss = new BigDecimal("-0.0005");
		assertThat(this.format.text(smallLoss)).isEqualTo("-0.1 points");
		assertThat(EffectFormat.tone(smallLoss, true)).isEqualTo("text-danger");
		assertThat(EffectFormat.tone(smallLoss, false)).isEqualTo("text-success");
		BigDecimal gain = new BigDecimal("0.052");
		assertThat(this.format.text(gain)).isEqualTo("+5.2 points");
		assertThat(EffectFormat.tone(gain, true)).isEqualTo("text-success");
		assertThat(EffectFormat.tone(gain, false)).isEqualTo("text-danger");
	}

}
