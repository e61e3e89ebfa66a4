package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiTargets;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Goal targets are asked once per goal type, scope and period within the kept time. */
class TargetsTests {

	private final AtomicInteger asked = new AtomicInteger();

	private final KpiTargets goals = (type, scope, from, to) -> {
		this.asked.incrementAndGet();
		return type.equals("SALES_VOLUME") ? Optional.of(new BigDecimal("1000")) : Optional.empty();
	};

	private final KpiPeriod year = new KpiPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	@Test
	void aTargetIsAskedOnceWhileKept() {
		Targets targets = targets(Duration.ofMinutes(1));
		assertThat(targets.find("SALES_VOLUME", KpiScope.company(), this.year)).contains(new BigDecimal("1000"));
		assertThat(targets.find("SALES_VOLUME", KpiScope.company(), this.year)).contains(new BigDecimal("1000"));
		assertThat(targets.find("ACTIVE_CUSTOMERS", KpiScope.company(), this.year)).isEmpty();
		assertThat(targets.find("ACTIVE_CUSTOMERS", KpiScope.company(), this.year)).isEmpty();
		assertThat(this.asked).hasValue(2);
		targets.find("SALES_VOLUME", KpiScope.team(7), this.year);
		targets.find("SALES_VOLUME", KpiScope.company(),
				new KpiPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
		assertThat(this.asked).as("another scope, another period").hasValue(4);
	}

	@Test
	void nothingIsKeptForAZeroTime() {
		Targets targets = targets(Duration.ZERO);
		targets.find("SALES_VOLUME", KpiScope.company(), this.year);
		targets.find("SALES_VOLUME", KpiScope.company(), this.year);
		assertThat(this.asked).hasValue(2);
	}

	private Targets targets(Duration ttl) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("goals", this.goals);
		return new Targets(beans.getBeanProvider(KpiTargets.class), ttl);
	}

}
