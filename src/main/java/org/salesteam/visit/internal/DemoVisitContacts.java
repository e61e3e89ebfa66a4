package org.salesteam.visit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links the demo visits to the contacts they meet (ADR 0048), after {@link DemoVisits}
 * wrote them with the customer's first contact (its decision maker) as free text: every
 * visit that is not cancelled meets that contact, and every second one (even id) of a
 * customer with more contacts also meets one more of them, taken in turn, its free text
 * then naming both. So the relationship maps show several threads where the rep visits
 * often and a single thread where visits are rare. Deterministic; runs once, while no
 * visit has a linked contact.
 */
@Component
@Order(41)
class DemoVisitContacts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoVisitContacts.class);

	private record Contact(long id, String label) {
	}

	private record VisitRow(long id, long customerId, String contactsMet) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	DemoVisitContacts(JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (count("select count(*) from visit_contact") > 0 || count("select count(*) from visit") == 0) {
				return;
			}
			Map<Long, List<Contact>> contacts = contactsByCustomer();
			List<Object[]> links = new ArrayList<>();
			List<Object[]> texts = new ArrayList<>();
			for (VisitRow visit : visits()) {
				List<Contact> ofCustomer = contacts.getOrDefault(visit.customerId(), List.of());
				Contact named = ofCustomer.stream()
					.filter((contact) -> contact.label().equals(visit.contactsMet()))
					.findFirst()
					.orElse(null);
				if (named == null) {
					continue;
				}
				links.add(new Object[] { visit.id(), named.id() });
				if (visit.id() % 2 == 0 && ofCustomer.size() > 1) {
					int others = ofCustomer.size() - 1;
					Contact second = ofCustomer.get(1 + (int) ((visit.id() / 2) % others));
					if (second.id() != named.id()) {
						links.add(new Object[] { visit.id(), second.id() });
						texts.add(new Object[] { named.label() + "、" + second.label(), visit.id() });
					}
				}
			}
			batch("insert into visit_contact (visit_id, contact_id) values (?, ?)", links);
			batch("update visit set contacts_met = ? where id = ?", texts);
			log.info("Demo visits linked to {} contacts", links.size());
		});
	}

	/** Each customer's contacts in id order (the first is the one DemoVisits names). */
	private Map<Long, List<Contact>> contactsByCustomer() {
		Map<Long, List<Contact>> contacts = new HashMap<>();
		this.jdbc.query("select customer_id, id, name, title from contact order by customer_id, id", (rs) -> {
			String title = rs.getString(4);
			String label = rs.getString(3) + ((title != null) ? "（" + title + "）" : "");
			contacts.computeIfAbsent(rs.getLong(1), (customer) -> new ArrayList<>())
				.add(new Contact(rs.getLong(2), label));
		});
		return contacts;
	}

	private List<VisitRow> visits() {
		return this.jdbc.query(
				"select id, customer_id, contacts_met from visit where status <> 'CANCELLED'"
						+ " and contacts_met is not null order by id",
				(rs, row) -> new VisitRow(rs.getLong(1), rs.getLong(2), rs.getString(3)));
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += 1000) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
