package org.salesteam.customer.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.salesteam.customer.CustomerClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassificationPolicyTests {

	private final ClassificationPolicy policy = new ClassificationPolicy(new BigDecimal("1000000"),
			new BigDecimal("200000"));

	@Test
	void thresholdsAreInclusive() {
		assertThat(this.policy.classify(new BigDecimal("1000000.00"))).isEqualTo(CustomerClass.A);
		assertThat(this.policy.classify(new BigDecimal("999999.99"))).isEqualTo(CustomerClass.B);
		assertThat(this.policy.classify(new BigDecimal("200000"))).isEqualTo(CustomerClass.B);
		assertThat(this.policy.classify(new BigDecimal("199999.99"))).isEqualTo(CustomerClass.C);
	}

	@Test
	void noPotentialIsClassC() {
		assertThat(this.policy.classify(null)).isEqualTo(CustomerClass.C);
		assertThat(this.policy.classify(BigDecimal.ZERO)).isEqualTo(CustomerClass.C);
	}

	@Test
	void refusesAThresholdForANotAboveB() {
		assertThatThrownBy(() -> new ClassificationPolicy(new BigDecimal("100"), new BigDecimal("100")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
