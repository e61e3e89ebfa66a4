package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Passive vs active selling (被动销售/主动销售, ADR 0050), counted from the visits, service
 * requests and opportunities (plain SQL, read only):
 * <ul>
 * <li>a completed visit is <em>active</em> when the rep went with an objective (not
 * blank) and no customer request triggered it: not a SERVICE visit, and the customer
 * opened no service request or complaint in the {@value #TRIGGER_DAYS} days before the
 * visit day or on it; every other completed visit is reactive;</li>
 * <li>a <em>proactive proposal</em> is an opportunity the rep (its owner) created on a
 * key account with no service request of that customer opened in the
 * {@value #PROPOSAL_TRIGGER_DAYS} days before its creation.</li>
 * </ul>
 * A rep with at least {@code salesteam.retention.active-share-min-visits} (5) visits
 * whose active share is below {@code salesteam.retention.active-share-threshold} (0.5) is
 * flagged as mostly reactive.
 */
@Component
public class ActiveSelling {

	static final int TRIGGER_DAYS = 14;

	static final int PROPOSAL_TRIGGER_DAYS = 30;

	/** A rep's completed visits and how many were active. */
	record VisitCount(long visits, long active) {

		VisitCount plus(boolean activeVisit) {
			return new VisitCount(this.visits + 1, this.active + (activeVisit ? 1 : 0));
		}

	}

	/** A rep's proactive proposals and the key accounts the rep owns. */
	record ProposalCount(long proposals, long keyAccounts) {
	}

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final double threshold;

	private final int minVisits;

	ActiveSelling(JdbcClient jdbc, Clock clock,
			@Value("${salesteam.retention.active-share-threshold:0.5}") double threshold,
			@Value("${salesteam.retention.active-share-min-visits:5}") int minVisits) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
		this.threshold = threshold;
		this.minVisits = minVisits;
	}

	double threshold() {
		return this.threshold;
	}

	int minVisits() {
		return this.minVisits;
	}

	/** Whether a rep with these visits is mostly reactive. */
	boolean flagged(VisitCount count) {
		return count.visits() >= this.minVisits && count.active() < this.threshold * count.visits();
	}

	/**
	 * Per rep id, the completed visits of {@code from}..{@code to} by the reps that
	 * {@code repCondition} (SQL on the visit alias {@code v}, with {@code params})
	 * selects.
	 */
	Map<Long, VisitCount> visits(String repCondition, Map<String, ?> params, LocalDate from, LocalDate to) {
		record Visit(long repId, long customerId, LocalDate day, String type, String objective) {
		}
		String visitWhere = "v.status = 'COMPLETED' and v.visit_date between :from and :to and " + repCondition;
		List<Visit> visits = this.jdbc
			.sql("select v.rep_id, v.customer_id, v.visit_date, v.visit_type, v.objective from visit v where "
					+ visitWhere)
			.params(params)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Visit(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.list();
		Map<Long, List<LocalDate>> requestDays = new HashMap<>();
		this.jdbc
			.sql("select r.customer_id, r.opened_at from service_request r where r.opened_at >= :start "
					+ "and r.opened_at < :end and r.customer_id in (select v.customer_id from visit v where "
					+ visitWhere + ")")
			.params(params)
			.param("from", from)
			.param("to", to)
			.param("start", startOf(from.minusDays(TRIGGER_DAYS)))
			.param("end", startOf(to.plusDays(1)))
			.query((rs, row) -> requestDays.computeIfAbsent(rs.getLong(1), (customer) -> new ArrayList<>())
				.add(rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(this.zone).toLocalDate()))
			.list();
		Map<Long, VisitCount> counts = new HashMap<>();
		for (Visit visit : visits) {
			boolean triggered = "SERVICE".equals(visit.type()) || visit.objective() == null || visit.objective()
				.isBlank() || requestDays.getOrDefault(visit.customerId(), List.of())
					.stream()
					.anyMatch((day) -> !day.isAfter(visit.day()) && !day.isBefore(visit.day().minusDays(TRIGGER_DAYS)));
			counts.merge(visit.repId(), new VisitCount(1, triggered ? 0 : 1),
					(earlier, one) -> earlier.plus(one.active() == 1));
		}
		return counts;
	}

	/**
	 * Per rep id, the proactive proposals of {@code from}..{@code to} and the key
	 * accounts.
	 */
	Map<Long, ProposalCount> proposals(Collection<Long> repIds, LocalDate from, LocalDate to) {
		Map<Long, ProposalCount> counts = new HashMap<>();
		if (repIds.isEmpty()) {
			return counts;
		}
		record Opportunity(long repId, long customerId, Instant created) {
		}
		List<Opportunity> opportunities = this.jdbc
			.sql("""
					select o.owner_id, o.customer_id, o.created_at from opportunity o join customer c on c.id = o.customer_id
					where c.key_account = true and o.owner_id in (:reps) and o.created_at >= :start and o.created_at < :end""")
			.param("reps", repIds)
			.param("start", startOf(from))
			.param("end", startOf(to.plusDays(1)))
			.query((rs, row) -> new Opportunity(rs.getLong(1), rs.getLong(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
		Map<Long, List<Instant>> opened = new HashMap<>();
		if (!opportunities.isEmpty()) {
			this.jdbc.sql("""
					select r.customer_id, r.opened_at from service_request r where r.customer_id in (:customers)
					and r.opened_at >= :start and r.opened_at < :end""")
				.param("customers", opportunities.stream().map(Opportunity::customerId).distinct().toList())
				.param("start", startOf(from.minusDays(PROPOSAL_TRIGGER_DAYS)))
				.param("end", startOf(to.plusDays(1)))
				.query((rs, row) -> opened.computeIfAbsent(rs.getLong(1), (customer) -> new ArrayList<>())
					.add(rs.getObject(2, OffsetDateTime.class).toInstant()))
				.list();
		}
		Map<Long, Long> proactive = new HashMap<>();
		for (Opportunity opportunity : opportunities) {
			boolean triggered = opened.getOrDefault(opportunity.customerId(), List.of())
				.stream()
				.anyMatch((request) -> !request.isAfter(opportunity.created())
						&& !request.isBefore(opportunity.created().minus(Duration.ofDays(PROPOSAL_TRIGGER_DAYS))));
			if (!triggered) {
				proactive.merge(opportunity.repId(), 1L, Long::sum);
			}
		}
		Map<Long, Long> keyAccounts = new HashMap<>();
		this.jdbc.sql("""
				select c.owner_id, count(*) from customer c where c.key_account = true and c.status <> 'LOST'
				and c.owner_id in (:reps) group by c.owner_id""")
			.param("reps", repIds)
			.query((rs, row) -> keyAccounts.put(rs.getLong(1), rs.getLong(2)))
			.list();
		for (Long rep : repIds) {
			counts.put(rep, new ProposalCount(proactive.getOrDefault(rep, 0L), keyAccounts.getOrDefault(rep, 0L)));
		}
		return counts;
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toOffsetDateTime();
	}

}
