package org.salesteam.coaching.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A change on the coaching-effect page, with its sign: every change there is a fraction
 * (a growth rate, or a difference of a per-cent KPI), read in percentage points with one
 * decimal — 0.052 reads "+5.2 个百分点"; "—" when undefined.
 */
final class EffectFormat {

	private final Locale locale;

	private final MessageSource messages;

	EffectFormat(Locale locale, MessageSource messages) {
		this.locale = locale;
		this.messages = messages;
	}

	String text(BigDecimal change) {
		BigDecimal points = plotted(change);
		if (points == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		String sign = (points.signum() > 0) ? "+" : "";
		return this.messages.getMessage("coaching.effect.points", new Object[] { sign + format.format(points) },
				this.locale);
	}

	/**
	 * The colour of a change as shown: green when the shown value goes the KPI's good
	 * way, red when it goes the other, neutral (muted) when undefined or when it shows as
	 * 0.0 — a −0.04-point effect reads 0.0 and must not look like a loss.
	 */
	static String tone(BigDecimal change, boolean higherIsBetter) {
		BigDecimal points = plotted(change);
		if (points == null || points.signum() == 0) {
			return "text-muted";
		}
		return ((points.signum() > 0) == higherIsBetter) ? "text-success" : "text-danger";
	}

	/** The change in points, one decimal (the chart's number). */
	static BigDecimal plotted(BigDecimal change) {
		return (change == null) ? null : change.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
	}

}
