package org.salesteam.io.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At start-up, jobs a stopped application left unfinished are marked FAILED (they cannot
 * resume; the user starts them again — imports are idempotent). This assumes one node
 * runs imports. Every hour, files of jobs finished longer than the retention ago and
 * uploads staged a day ago and never started are deleted.
 */
@Component
class ImportHousekeeping implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportHousekeeping.class);

	private final ImportJobs jobs;

	private final ImportFiles files;

	private final ImportProperties properties;

	private final Clock clock;

	ImportHousekeeping(ImportJobs jobs, ImportFiles files, ImportProperties properties, Clock clock) {
		this.jobs = jobs;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int failed = this.jobs.failUnfinished();
		if (failed > 0) {
			log.warn("{} import jobs were interrupted by a restart and marked failed", failed);
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "io.importHousekeeping", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
	public void cleanUp() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jobs.finishedBefore(now.minus(this.properties.retention())).forEach(this.files::deleteJobFile);
		this.files.discardStagedOlderThan(now.minus(Duration.ofDays(1)).toInstant());
	}

}
