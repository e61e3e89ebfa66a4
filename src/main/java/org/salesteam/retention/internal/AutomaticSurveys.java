package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salesteam.retention.SurveysReady;
import org.salesteam.service.ServiceRequestClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys the application creates (ADR 0047), for the customer's owner to pass on:
 * <ul>
 * <li>a CSAT when a service request of the customer is closed (in the closing
 * transaction);</li>
 * <li>daily: a CSAT per customer with an order delivered in the last three days, and the
 * yearly NPS of every contact of a key account (大客户) without an NPS in the last 365
 * days.</li>
 * </ul>
 * The 90-day rule of manual surveys holds (per contact, or per customer without one); a
 * cause makes at most one survey (its {@code source_ref}); customers in the pool (no
 * owner) and lost ones get none. Each customer's new surveys publish one
 * {@link SurveysReady}, which {@code notify} turns into a notice to the owner.
 */
@Component
public class AutomaticSurveys {

	private static final Logger log = LoggerFactory.getLogger(AutomaticSurveys.class);

	static final int DELIVERY_WINDOW_DAYS = 3;

	static final int NPS_EVERY_DAYS = 365;

	private record Candidate(long customerId, Long contactId, long ownerId, String sourceRef) {
	}

	private final SurveyRepository repository;

	private final Surveys surveys;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AutomaticSurveys(SurveyRepository repository, Surveys surveys, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.surveys = surveys;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(ServiceRequestClosed closed) {
		this.jdbc.sql("""
				select id, owner_id from customer where id = :c and owner_id is not null and status <> 'LOST'
				""")
			.param("c", closed.customerId())
			.query((rs, row) -> new Candidate(rs.getLong(1), null, rs.getLong(2), "SR:" + closed.requestId()))
			.optional()
			.ifPresent((candidate) -> create(List.of(candidate), SurveyKind.CSAT, SurveyOrigin.AFTER_SERVICE));
	}

	@Scheduled(cron = "${salesteam.retention.auto-survey-cron:0 30 7 * * *}",
			zone = "${salesteam.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "retention.autoSurveys", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
	@Transactional
	public void createToday() {
		int created = create(LocalDate.now(this.clock));
		log.info("Created {} automatic satisfaction surveys", created);
	}

	/**
	 * Creates the day's CSAT after deliveries and the due yearly NPS; idempotent for a
	 * day.
	 * @return how many surveys were created
	 */
	@Transactional
	public int create(LocalDate day) {
		List<Candidate> delivered = this.jdbc.sql("""
				select o.customer_id, c.owner_id, max(o.id) from sales_order o join customer c on c.id = o.customer_id
				where o.status = 'DELIVERED' and o.delivered_on > :from and o.delivered_on <= :day
				  and c.owner_id is not null and c.status <> 'LOST'
				group by o.customer_id, c.owner_id order by o.customer_id
				""")
			.param("from", day.minusDays(DELIVERY_WINDOW_DAYS))
			.param("day", day)
			.query((rs, row) -> new Candidate(rs.getLong(1), null, rs.getLong(2), "ORDER:" + rs.getLong(3)))
			.list();
		List<Candidate> keyContacts = this.jdbc.sql("""
				select c.id, k.id, c.owner_id from customer c join contact k on k.customer_id = c.id
				where c.key_account = true and c.owner_id is not null and c.status <> 'LOST'
				  and not exists (select 1 from retention_survey s where s.contact_id = k.id and s.kind = 'NPS'
				    and s.sent_at > :since)
				order by c.id, k.id
				""")
			.param("since", this.clock.instant().minus(Duration.ofDays(NPS_EVERY_DAYS)).atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					"NPS:" + rs.getLong(2) + ":" + day))
			.list();
		return create(delivered, SurveyKind.CSAT, SurveyOrigin.AFTER_DELIVERY)
				+ create(keyContacts, SurveyKind.NPS, SurveyOrigin.YEARLY_NPS);
	}

	private int create(List<Candidate> candidates, SurveyKind kind, SurveyOrigin origin) {
		Instant now = this.clock.instant();
		Map<Long, List<Long>> createdByCustomer = new LinkedHashMap<>();
		for (Candidate candidate : candidates) {
			if (this.surveys.surveyedRecently(candidate.customerId(), candidate.contactId(), now)
					|| this.repository.existsBySourceRef(candidate.sourceRef())) {
				continue;
			}
			Survey survey = this.repository.save(Survey.automatic(candidate.customerId(), candidate.contactId(), kind,
					origin, candidate.sourceRef(), candidate.ownerId(), now));
			createdByCustomer.computeIfAbsent(candidate.customerId(), (customer) -> new ArrayList<>())
				.add(survey.getId());
		}
		this.repository.flush();
		createdByCustomer.forEach((customer, ids) -> this.events
			.publishEvent(new SurveysReady(customer, ids, kind.name(), origin.name(), now)));
		return createdByCustomer.values().stream().mapToInt(List::size).sum();
	}

}
