package org.salesteam.keyaccount.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship map (决策链) of a customer, read by whoever reads the customer: its
 * contacts with buying role, influence 1–5, attitude and reports-to (the customer
 * module's contact fields — the economic buyer is {@code DECISION_MAKER}, the
 * technical buyer {@code TECHNICAL_EVALUATOR}, the user {@code USER}, the coach
 * {@code COACH}), and coverage from completed visits: a contact counts as met by a visit
 * linked to them (ADR 0048); a visit without any linked contact — recorded before the
 * link existed, or by someone who only typed the names — still counts for the contacts
 * its free-text "contacts met" names (ADR 0035). A read model over the contact and visit
 * tables in plain SQL.
 */
@Service
public class RelationshipMap {

	/** How far back coverage looks, and the window of the single-thread flag. */
	static final int COVERAGE_DAYS = 180;

	static final int RECENT_DAYS = 90;

	/** A contact on the map. */
	public record Person(long id, String name, String title, String buyingRole, String attitude, int influence,
			Long reportsToId, LocalDate lastMet, int visits180d) {
	}

	/** The map of one customer. */
	public record Map(long customerId, RelationshipStatus status, List<RelationshipStatus.Flag> flags,
			int contactsMet180d, int contactsMet90d, List<Person> contacts) {
	}

	private final KeyAccountAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	RelationshipMap(KeyAccountAccess access, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map of(UserPrincipal user, long customerId) {
		this.access.readableCustomer(user, customerId);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate since = today.minusDays(COVERAGE_DAYS);
		LocalDate recent = today.minusDays(RECENT_DAYS);
		List<Person> people = this.jdbc.sql("""
				select k.id, k.name, k.title, k.buying_role, k.attitude, k.influence, k.reports_to_id,
				       max(v.visit_date) as last_met, count(v.id) as visits
				from contact k
				left join visit v on v.customer_id = k.customer_id and v.status = 'COMPLETED'
				  and v.visit_date between :since and :today
				  and (exists (select 1 from visit_contact vc where vc.visit_id = v.id and vc.contact_id = k.id)
				       or (not exists (select 1 from visit_contact vc where vc.visit_id = v.id)
				           and v.contacts_met like concat('%', concat(k.name, '%'))))
				where k.customer_id = :customer
				group by k.id, k.name, k.title, k.buying_role, k.attitude, k.influence, k.reports_to_id
				order by k.influence desc, k.name, k.id""")
			.param("customer", customerId)
			.param("since", since)
			.param("today", today)
			.query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), rs.getObject(7, Long.class), rs.getObject(8, LocalDate.class),
					rs.getInt(9)))
			.list();
		List<RelationshipStatus.Contact> facts = new ArrayList<>();
		int met180 = 0;
		int met90 = 0;
		for (Person p : people) {
			boolean metRecently = p.lastMet() != null && !p.lastMet().isBefore(recent);
			met180 += (p.lastMet() != null) ? 1 : 0;
			met90 += metRecently ? 1 : 0;
			facts.add(new RelationshipStatus.Contact(p.buyingRole(), p.attitude(), p.influence(), metRecently));
		}
		List<RelationshipStatus.Flag> flags = RelationshipStatus.flags(facts);
		return new Map(customerId, RelationshipStatus.of(flags), flags, met180, met90, people);
	}

}
