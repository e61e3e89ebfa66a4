package org.salesteam.performance.web;

import java.math.BigDecimal;

import org.salesteam.performance.KpiUnit;
import org.salesteam.platform.Formats;

/** A KPI's value as text by its unit; undefined is "—". */
final class KpiFormatting {

	private KpiFormatting() {
	}

	static String text(Formats fmt, KpiUnit unit, BigDecimal value) {
		if (value == null) {
			return Formats.UNDEFINED;
		}
		return switch (unit) {
			case MONEY -> fmt.money(value);
			case PERCENT -> fmt.percent(value);
			case COUNT, MINUTES -> fmt.number(value);
		};
	}

	/** "up", "down" or "same" when both values are defined, else null. */
	static String trend(BigDecimal now, BigDecimal before) {
		if (now == null || before == null) {
			return null;
		}
		int sign = now.compareTo(before);
		return (sign > 0) ? "up" : ((sign < 0) ? "down" : "same");
	}

}
