package org.salesteam.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Locale-aware display of money, numbers, ratios and dates, for templates
 * ({@code ${@fmt.money(x)}}) and exports. An undefined value (a ratio whose denominator
 * is zero is passed as {@code null}) is shown as "—", never as 0.
 */
@Component("fmt")
public class Formats {

	/** What an undefined or missing value looks like on screen. */
	public static final String UNDEFINED = "—";

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter CHINESE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Currency currency;

	private final ZoneId zone;

	public Formats(@Value("${salesteam.currency:CNY}") String currency, Clock clock) {
		this.currency = Currency.getInstance(currency);
		this.zone = clock.getZone();
	}

	public String money(BigDecimal amount) {
		if (amount == null) {
			return UNDEFINED;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(this.currency);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(2);
		return format.format(amount);
	}

	public String number(Number value) {
		if (value == null) {
			return UNDEFINED;
		}
		return NumberFormat.getNumberInstance(locale()).format(value);
	}

	/** A fraction as a percentage with one decimal: 0.1234 → "12.3%". */
	public String percent(BigDecimal fraction) {
		if (fraction == null) {
			return UNDEFINED;
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(fraction);
	}

	public String date(LocalDate date) {
		if (date == null) {
			return UNDEFINED;
		}
		return isChinese() ? CHINESE_DATE.format(date)
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return UNDEFINED;
		}
		DateTimeFormatter formatter = isChinese() ? CHINESE_DATE_TIME
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale());
		return formatter.format(instant.atZone(this.zone));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static boolean isChinese() {
		return "zh".equals(locale().getLanguage());
	}

}
