package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After every demo runner: forgets the flags of closed periods that the demo's own reads
 * stored while the demo data was still being written (the potential reviews read last
 * year's scorecard before the last runners add their visits and meetings), so that the
 * first real read stores them from the complete data (ADR 0044). Only what was stored
 * since this start: the history of earlier runs stays.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoStoredFlags implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final Instant startedAt;

	private final boolean enabled;

	DemoStoredFlags(JdbcClient jdbc, Clock clock, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.startedAt = clock.instant();
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.enabled) {
			this.jdbc.sql("delete from flag_period where stored_at >= :startedAt")
				.param("startedAt", OffsetDateTime.ofInstant(this.startedAt, ZoneOffset.UTC))
				.update();
		}
	}

}
