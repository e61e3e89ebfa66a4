package org.salesteam.customer.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pattern of automatic customer codes, worked out by hand. */
class CodePatternTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

	@Test
	void placeholdersAreTheDateAndTheRunningNumber() {
		assertThat(CodePattern.of(CodePattern.DEFAULT).format(DAY, 42)).isEqualTo("KH-2026-00042");
		assertThat(CodePattern.of("C{yy}{MM}{dd}-{seq:3}").format(DAY, 7)).isEqualTo("C260305-007");
		// more numbers than digits: the number grows, never wraps
		assertThat(CodePattern.of("KH{seq:2}").format(DAY, 123)).isEqualTo("KH123");
	}

	@Test
	void aPatternNeedsOneRunningNumberAndCodeCharactersAndFitsACode() {
		for (String wrong : new String[] { "KH-{yyyy}", "{seq:3}-{seq:3}", "KH/{seq:4}", "KH {seq:4}", "{seq:0}",
				"客户{seq:4}" }) {
			assertThatThrownBy(() -> CodePattern.of(wrong)).as(wrong)
				.isInstanceOf(BusinessRuleException.class)
				.hasFieldOrPropertyWithValue("field", "codePattern");
		}
		// 26 letters + 4 (year) + 3 (number) = 33 > 32
		assertThatThrownBy(() -> CodePattern.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ{yyyy}{seq:3}"))
			.isInstanceOf(BusinessRuleException.class);
	}

}
