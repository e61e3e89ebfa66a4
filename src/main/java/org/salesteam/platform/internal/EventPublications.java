package org.salesteam.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks after Spring Modulith's event-publication registry ({@code event_publication},
 * ADR 0021), on one node of the cluster per run: every asynchronous
 * {@code @ApplicationModuleListener} reaction is recorded there in the transaction that
 * publishes its event and marked completed when it succeeds.
 * <ul>
 * <li>A reaction still incomplete {@code salesteam.events.resubmit-after} after its
 * publication (its node died, the listener failed) is run again. A younger one is left
 * alone: it may be queued or running on another node right now.</li>
 * <li>A resubmission that never finished (its node died during it) becomes failed after
 * the same time, so that the next run takes it again.</li>
 * <li>Completed publications are deleted after {@code salesteam.events.keep-completed},
 * so the table holds what is outstanding plus a short history.</li>
 * </ul>
 * The reactions run at least once: a listener must give the same result when it runs
 * twice.
 */
@Component
class EventPublications {

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration resubmitAfter;

	private final Duration keepCompleted;

	EventPublications(IncompleteEventPublications incomplete, CompletedEventPublications completed, JdbcClient jdbc,
			Clock clock, @Value("${salesteam.events.resubmit-after:PT15M}") Duration resubmitAfter,
			@Value("${salesteam.events.keep-completed:P7D}") Duration keepCompleted) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.jdbc = jdbc;
		this.clock = clock;
		this.resubmitAfter = resubmitAfter;
		this.keepCompleted = keepCompleted;
	}

	@Scheduled(cron = "${salesteam.events.resubmission-cron:0 */5 * * * *}")
	@SchedulerLock(name = "platform.eventPublications", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void look() {
		resubmitOutstanding();
		deleteCompleted();
	}

	/** Runs again every reaction left incomplete for longer than resubmit-after. */
	void resubmitOutstanding() {
		// Modulith claims a publication for a resubmission only if it is not already
		// RESUBMITTED; one whose resubmission died with its node is released here
		this.jdbc.sql("""
				update event_publication set status = 'FAILED'
				where status = 'RESUBMITTED' and completion_date is null and last_resubmission_date < :cutoff
				""").param("cutoff", OffsetDateTime.now(this.clock).minus(this.resubmitAfter)).update();
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.resubmitAfter);
	}

	void deleteCompleted() {
		this.completed.deletePublicationsOlderThan(this.keepCompleted);
	}

}
