package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.customer.Customer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly: a customer whose owner has had no visit, order or other activity with it for
 * the configured idle days returns to the pool. Key accounts never return on their own.
 * Idempotent: a customer in the pool is not selected again, so a repeated run changes
 * nothing.
 */
@Component
public class PoolReturn {

	private static final Logger log = LoggerFactory.getLogger(PoolReturn.class);

	private final JdbcClient jdbc;

	private final CustomerRepository customers;

	private final CustomerRules rules;

	private final Clock clock;

	PoolReturn(JdbcClient jdbc, CustomerRepository customers, CustomerRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.rules = rules;
		this.clock = clock;
	}

	@Scheduled(cron = "${salesteam.customer.pool-return-cron:0 30 1 * * *}",
			zone = "${salesteam.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "customer.poolReturn", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
	public void returnIdleCustomersToday() {
		int returned = returnIdleCustomers(LocalDate.now(this.clock));
		if (returned > 0) {
			log.info("Returned {} idle customers to the pool", returned);
		}
	}

	/**
	 * @return how many customers returned to the pool on {@code today}
	 */
	@Transactional
	public int returnIdleCustomers(LocalDate today) {
		LocalDate cutoff = today.minusDays(this.rules.current().getPoolIdleDays());
		List<Long> ids = this.jdbc.sql("""
				select id from customer
				where owner_id is not null and key_account = false and owned_since <= :cutoff
				  and (last_activity_date is null or last_activity_date <= :cutoff)
				order by id
				""").param("cutoff", cutoff).query(Long.class).list();
		int returned = 0;
		for (Customer customer : this.customers.findAllById(ids)) {
			if (!customer.isInPool() && !customer.isKeyAccount() && !customer.idleSince().isAfter(cutoff)) {
				customer.returnToPool(today);
				this.customers.save(customer);
				returned++;
			}
		}
		return returned;
	}

}
