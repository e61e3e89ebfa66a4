package org.salesteam.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salesteam.service.ServiceRequestBreached;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every few minutes, on one node: an open request that went past a deadline since the
 * last check is recorded as reported and {@link ServiceRequestBreached} published, in one
 * transaction — once per request, however often the check runs. The deadlines are
 * computed on read (ADR 0029), so a breach has no moment of its own to publish from.
 */
@Component
public class ServiceBreaches {

	private final ServiceRequestRepository requests;

	private final JdbcClient jdbc;

	private final ServiceSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ServiceBreaches(ServiceRequestRepository requests, JdbcClient jdbc, ServiceSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.jdbc = jdbc;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${salesteam.service.breach-cron:0 */5 * * * *}")
	@SchedulerLock(name = "service.breaches", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
	public void run() {
		reportNew();
	}

	/** Reports the breaches not reported yet; returns how many. */
	@Transactional
	public int reportNew() {
		Instant now = this.clock.instant();
		Set<Long> done = new HashSet<>(
				this.jdbc.sql("select request_id from service_breach_reported").query(Long.class).list());
		int reported = 0;
		for (ServiceRequest request : this.requests.findByStatusNot(ServiceRequest.Status.CLOSED)) {
			if (!done.contains(request.getId()) && request.sla(now, this.settings.workingTime(),
					this.settings.warnAt()) == ServiceRequest.Sla.BREACHED) {
				this.jdbc.sql("insert into service_breach_reported (request_id, reported_at) values (:id, :at)")
					.param("id", request.getId())
					.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
					.update();
				this.events.publishEvent(
						new ServiceRequestBreached(request.getId(), request.getCustomerId(), request.getType(), now));
				reported++;
			}
		}
		return reported;
	}

}
