package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's competitors' retention estimates (ADR 0051): two main competitors of the
 * printing company for this year and last year, recorded by the director with their
 * sources. Once, when no estimate exists.
 */
@Component
class DemoCompetitorEstimates implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCompetitorEstimates.class);

	private final CompetitorEstimateRepository estimates;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	DemoCompetitorEstimates(CompetitorEstimateRepository estimates, JdbcClient jdbc, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.estimates = estimates;
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.estimates.count() > 0) {
			return;
		}
		long director = this.jdbc.sql("select id from app_user where username = 'director'").query(Long.class).single();
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		record(year, "华彩印刷", "12.5", "印刷行业协会年会上同行交流；两家转到我们这里的客户也这么说", director, today.minusDays(30));
		record(year, "金鼎包装印务", "8.0", "该公司前销售经理面试时的介绍", director, today.minusDays(30));
		record(year - 1, "华彩印刷", "14.0", "印刷行业协会年度报告", director, LocalDate.of(year - 1, 12, 20));
		record(year - 1, "金鼎包装印务", "9.5", "客户采购经理的说法", director, LocalDate.of(year - 1, 12, 20));
		log.info("Demo competitors' retention estimates: {}", this.estimates.count());
	}

	private void record(int year, String competitor, String lossRate, String source, long director, LocalDate on) {
		this.estimates.save(new CompetitorEstimate(year, competitor, new BigDecimal(lossRate), source, director, on));
	}

}
