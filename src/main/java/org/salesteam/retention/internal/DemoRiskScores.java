package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo company's stored scores as the nightly job would have left them: a week ago
 * (the trend's comparison day) and today, so the at-risk list shows from the start which
 * way each customer's risk went. Once, when nothing is stored yet; after the other demo
 * data (visits, orders, complaints, lost customers).
 */
@Component
@Order(98)
class DemoRiskScores implements ApplicationRunner {

	private final DailyRiskScores scores;

	private final RetentionSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	DemoRiskScores(DailyRiskScores scores, RetentionSettings settings, JdbcClient jdbc, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.scores = scores;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.jdbc.sql("select count(*) from retention_score_day").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		this.scores.store(today.minusDays(this.settings.trendDays()));
		this.scores.store(today);
	}

}
