package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's mostly reactive rep (ADR 0050): rep3 ("Joe Martin", high volume, no
 * prospecting) goes to his large accounts when they call — his completed visits since the
 * start of the previous quarter other than negotiations (and first visits) become service
 * visits, so both this quarter and the last show him well below 50 % active. Only his,
 * only those two quarters; before the KPI rollups are built (90); once, when none of his
 * visits of that span is a service visit made so.
 */
@Component
@Order(85)
class DemoActiveSelling implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoActiveSelling.class);

	private static final String MARK = "客户来电要求上门处理";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	DemoActiveSelling(JdbcClient jdbc, Clock clock, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate quarterStart = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
		LocalDate from = quarterStart.minusMonths(3);
		boolean done = this.jdbc.sql("""
				select count(*) from visit v join app_user u on u.id = v.rep_id
				where u.username = 'rep3' and v.visit_date >= :from and v.objective = :mark""")
			.param("from", from)
			.param("mark", MARK)
			.query(Long.class)
			.single() > 0;
		if (done) {
			return;
		}
		int changed = this.jdbc.sql("""
				update visit set visit_type = 'SERVICE', objective = :mark
				where rep_id = (select u.id from app_user u where u.username = 'rep3') and status = 'COMPLETED'
				  and visit_type not in ('NEGOTIATION', 'NEW_CUSTOMER') and visit_date between :from and :today""")
			.param("mark", MARK)
			.param("from", from)
			.param("today", today)
			.update();
		log.info("Demo active selling: {} of rep3's visits became service visits", changed);
	}

}
