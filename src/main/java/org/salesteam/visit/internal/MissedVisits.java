package org.salesteam.visit.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly: a planned visit whose day has passed (business time) becomes MISSED. One
 * update statement that also bumps the optimistic-lock version, so a form still open on
 * the old state gets a conflict. Idempotent.
 */
@Component
public class MissedVisits {

	private static final Logger log = LoggerFactory.getLogger(MissedVisits.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	MissedVisits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${salesteam.activity.missed-visits-cron:0 15 0 * * *}",
			zone = "${salesteam.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "activity.missedVisits", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
	public void markToday() {
		int missed = markBefore(LocalDate.now(this.clock));
		if (missed > 0) {
			log.info("Marked {} past planned visits as missed", missed);
		}
	}

	/**
	 * @return how many planned visits dated before {@code today} became MISSED
	 */
	@Transactional
	public int markBefore(LocalDate today) {
		return this.jdbc.sql("""
				update visit set status = 'MISSED', version = version + 1
				where status = 'PLANNED' and visit_date < :today
				""").param("today", today).update();
	}

}
