package org.salesteam.goal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A period is read as people write it, in Chinese or in the form the pickers send. */
class PeriodKindTests {

	@ParameterizedTest
	@ValueSource(strings = { "2027-Q1", "2027Q1", "2027-q1", "2027年一季度", "2027年第一季度", "2027年第1季度", "2027年1季度",
			"2027年Q1", " 2027 年 第 1 季度 ", "２０２７年第１季度" })
	void theFirstQuarterOf2027(String text) {
		PeriodKind.Period period = PeriodKind.parse(text);
		assertThat(period.kind()).isEqualTo(PeriodKind.QUARTER);
		assertThat(period.from()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(period.to()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(period.label()).isEqualTo("2027-Q1");
	}

	@Test
	void theFourthQuarter() {
		assertThat(PeriodKind.parse("2027年四季度").from()).isEqualTo(LocalDate.of(2027, 10, 1));
		assertThat(PeriodKind.parse("2027年第四季度").to()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-03", "2027-3", "2027年3月", "2027年03月", "2027年3月份" })
	void march2027(String text) {
		PeriodKind.Period period = PeriodKind.parse(text);
		assertThat(period.kind()).isEqualTo(PeriodKind.MONTH);
		assertThat(period.from()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(period.to()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(period.label()).isEqualTo("2027-03");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027", "2027年", "2027年度", "2027 年度" })
	void theYear2027(String text) {
		PeriodKind.Period period = PeriodKind.parse(text);
		assertThat(period.kind()).isEqualTo(PeriodKind.YEAR);
		assertThat(period.to()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2027-13", "2027年13月", "2027年五季度", "2027-Q5", "27年3月", "next year" })
	void anythingElseIsAnErrorOnThePeriod(String text) {
		assertThatThrownBy(() -> PeriodKind.parse(text)).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("goal.error.period"));
	}

}
