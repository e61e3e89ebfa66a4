package org.salesteam.customer.internal;

import java.time.LocalDate;
import java.util.List;

import org.salesteam.customer.ClassChange;
import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerClassChanged;
import org.salesteam.customer.Customers.ClassUpgrade;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change of a customer's class, with its date, whether it was automatic and why:
 * the evidence behind "customers upgraded a level" goals.
 */
@Component
public class ClassHistory {

	/** One line of the history as pages and the API show it. */
	public record Entry(CustomerClass fromClass, CustomerClass toClass, LocalDate changedOn, boolean automatic,
			String reason, String changedByName) {
	}

	private final ClassChangeRepository changes;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ClassHistory(ClassChangeRepository changes, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.changes = changes;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Records a change of a saved customer and publishes {@link CustomerClassChanged}.
	 */
	void record(Customer customer, ClassChange change, LocalDate on, boolean automatic, String reason, Long changedBy) {
		this.changes.save(new CustomerClassChange(customer.getId(), customer.getOwnerId(), change.from(), change.to(),
				on, automatic, reason, changedBy));
		this.events.publishEvent(new CustomerClassChanged(customer.getId(), customer.getOwnerId(), change.from(),
				change.to(), on, automatic));
	}

	/** The history of one customer, newest first; the caller has checked visibility. */
	public List<Entry> of(long customerId) {
		return this.jdbc.sql("""
				select h.from_class, h.to_class, h.changed_on, h.automatic, h.reason, u.display_name as changed_by_name
				from customer_class_change h left join app_user u on u.id = h.changed_by
				where h.customer_id = :customer order by h.changed_on desc, h.id desc
				""").param("customer", customerId).query(Entry.class).list();
	}

	List<ClassUpgrade> upgradesBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select customer_id, owner_id, from_class, to_class, changed_on from customer_class_change
				where changed_on between :from and :to and from_class is not null and to_class < from_class
				order by changed_on, id
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new ClassUpgrade(rs.getLong("customer_id"), (Long) rs.getObject("owner_id", Long.class),
					CustomerClass.valueOf(rs.getString("from_class")), CustomerClass.valueOf(rs.getString("to_class")),
					rs.getObject("changed_on", LocalDate.class)))
			.list();
	}

}
