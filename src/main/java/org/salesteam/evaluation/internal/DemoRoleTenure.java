package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's reps and managers have been in their roles for three years (the demo
 * accounts are created at start-up, which would make everyone 新人暂不评级), so they are rated.
 * Runs once, while {@code role_tenure} is empty; people added later count from the day
 * their account was created.
 */
@Component
@Order(96)
class DemoRoleTenure implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	DemoRoleTenure(JdbcClient jdbc, Clock clock, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Integer rows = this.jdbc.sql("select count(*) from role_tenure").query(Integer.class).single();
		if (!this.enabled || rows > 0) {
			return;
		}
		this.jdbc.sql("""
				insert into role_tenure (user_id, role, since)
				select u.id, r.role, :since from app_user u join app_user_role r on r.user_id = u.id
				where r.role in ('REP', 'MANAGER') and (u.username like 'rep%' or u.username like 'manager%')""")
			.param("since", LocalDate.now(this.clock).minusYears(3))
			.update();
	}

}
