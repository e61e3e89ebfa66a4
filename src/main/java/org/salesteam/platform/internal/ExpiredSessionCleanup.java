package org.salesteam.platform.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired browser sessions from the database, on one node of the cluster per run.
 * Spring Session's own per-node cleanup is switched off
 * ({@code spring.session.jdbc.cleanup-cron=-}); an expired session is refused on read
 * anyway, so this only keeps the table small.
 */
@Component
class ExpiredSessionCleanup {

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${salesteam.cluster.session-cleanup-cron:0 */5 * * * *}")
	@SchedulerLock(name = "platform.expiredSessions", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
	public void cleanUp() {
		this.sessions.cleanUpExpiredSessions();
	}

}
