package org.salesteam.platform;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private final Formats formats = new Formats("CNY",
			Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void formatsMoneyAsYuanInChineseAndCnyInEnglish() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.formats.money(new BigDecimal("1234567.8"))).isEqualTo("¥1,234,567.80");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.money(new BigDecimal("1234567.8"))).isEqualTo("CN¥1,234,567.80");
	}

	@Test
	void showsUndefinedValuesAsDashNeverZero() {
		assertThat(this.formats.percent(null)).isEqualTo("—");
		assertThat(this.formats.money(null)).isEqualTo("—");
		assertThat(this.formats.number(null)).isEqualTo("—");
		assertThat(this.formats.date(null)).isEqualTo("—");
	}

	@Test
	void formatsPercentagesWithOneDecimal() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.formats.percent(new BigDecimal("0.12345"))).isEqualTo("12.3%");
		assertThat(this.formats.percent(BigDecimal.ZERO)).isEqualTo("0.0%");
	}

	@Test
	void formatsDatesPerLocaleInTheBusinessTimeZone() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.formats.date(LocalDate.of(2026, 3, 5))).isEqualTo("2026-03-05");
		assertThat(this.formats.dateTime(Instant.parse("2026-11-28T17:30:00Z"))).isEqualTo("2026-11-29 01:30");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.date(LocalDate.of(2026, 3, 5))).isEqualTo("Mar 5, 2026");
	}

}
