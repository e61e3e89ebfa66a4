package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visit a session coaches, read from the visit and opportunity tables: the session
 * refers to it by id (the visit module owns it).
 */
@Component
public class CoachedVisits {

	/**
	 * A visit as coaching needs it.
	 *
	 * @param amount the amount of the visit's opportunity; {@code null} without one
	 */
	public record CoachedVisit(long id, long repId, long customerId, String customerName, String status,
			LocalDateTime plannedAt, LocalDate visitDate, String objective, Long opportunityId, String opportunityName,
			BigDecimal amount) {
	}

	private final JdbcClient jdbc;

	CoachedVisits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CoachedVisit> find(long visitId) {
		return this.jdbc.sql("""
				select v.id, v.rep_id, v.customer_id, c.name as customer_name, v.status, v.planned_at, v.visit_date,
				  v.objective, v.opportunity_id, o.name as opportunity_name, o.amount
				from visit v join customer c on c.id = v.customer_id
				left join opportunity o on o.id = v.opportunity_id
				where v.id = :id""").param("id", visitId).query(CoachedVisit.class).optional();
	}

}
