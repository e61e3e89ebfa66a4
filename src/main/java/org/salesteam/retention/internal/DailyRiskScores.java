package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salesteam.retention.CustomerTurnedHighRisk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly: the clock's state and the at-risk score of every customer of the company are
 * stored for the day (ADRs 0034, 0040), once per cluster (a named scheduler lock). The
 * stored days are what a list's trend compares with, and today's is what the at-risk list
 * pages and sorts in SQL. Idempotent: a second run of the same day replaces that day's
 * rows. In the same transaction it publishes {@link CustomerTurnedHighRisk} for each
 * customer whose stored score entered the HIGH band since its previous stored day (ADR
 * 0042): the previous band is remembered by the stored rows themselves, so a second run
 * of the day publishes the same transitions again, which their listeners' keys turn into
 * no-ops.
 */
@Component
public class DailyRiskScores {

	private static final Logger log = LoggerFactory.getLogger(DailyRiskScores.class);

	private final RetentionReadings readings;

	private final StoredScores stored;

	private final Clock clock;

	private final RetentionSettings settings;

	private final ApplicationEventPublisher events;

	DailyRiskScores(RetentionReadings readings, StoredScores stored, RetentionSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.readings = readings;
		this.stored = stored;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${salesteam.retention.daily-score-cron:0 50 1 * * *}",
			zone = "${salesteam.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "retention.dailyScores", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
	@Transactional
	public void storeToday() {
		long started = System.nanoTime();
		int rows = store(LocalDate.now(this.clock));
		log.info("Stored the at-risk scores of {} customers in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Stores the scores as of {@code day}, replacing any stored for it.
	 * @return how many customers were scored
	 */
	@Transactional
	public int store(LocalDate day) {
		int rows = this.stored.replace(day, this.readings.everyone(day));
		this.stored.turnedHigh(day, this.settings.high(), this.clock.instant()).forEach(this.events::publishEvent);
		return rows;
	}

}
