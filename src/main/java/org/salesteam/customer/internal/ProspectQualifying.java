package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.customer.Customer;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep (or anyone who sees the customer) qualifies a prospect against the active
 * criteria: every active criterion is answered yes or no, and the prospect is qualified
 * when every required one is yes. Each qualification is kept (who, when, answers, note);
 * the latest one decides, and the customer keeps the day it passed.
 */
@Service
public class ProspectQualifying {

	/** One answer, with the criterion's name and whether it was required. */
	public record Answer(long criterionId, String name, boolean required, boolean answer) {
	}

	/** One qualification as kept. */
	public record Qualification(long id, long customerId, String qualifiedBy, LocalDate qualifiedOn, boolean qualified,
			String note, List<Answer> answers) {
	}

	private final CustomerAccess access;

	private final CustomerRepository customers;

	private final QualificationCriteria criteria;

	private final JdbcClient jdbc;

	private final Clock clock;

	ProspectQualifying(CustomerAccess access, CustomerRepository customers, QualificationCriteria criteria,
			JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.customers = customers;
		this.criteria = criteria;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a qualification of a visible prospect (404 otherwise, before anything is
	 * written). {@code answers} maps criterion id → yes/no and must answer every active
	 * criterion and nothing else.
	 */
	@Transactional
	public Qualification qualify(UserPrincipal user, long customerId, Map<Long, Boolean> answers, String note) {
		Customer customer = this.access.visible(user, customerId);
		List<QualificationCriteria.Criterion> active = this.criteria.active();
		Map<Long, Boolean> given = (answers != null) ? answers : Map.of();
		for (Long id : given.keySet()) {
			if (active.stream().noneMatch((c) -> c.id() == id)) {
				throw BusinessRuleException.onField("answers", "qualification.error.unknownCriterion", id);
			}
		}
		for (QualificationCriteria.Criterion criterion : active) {
			if (given.get(criterion.id()) == null) {
				throw BusinessRuleException.onField("answers", "qualification.error.unanswered", criterion.name());
			}
		}
		if (note != null && note.length() > 1000) {
			throw BusinessRuleException.onField("note", "qualification.error.noteTooLong", 1000);
		}
		boolean qualified = active.stream()
			.filter(QualificationCriteria.Criterion::required)
			.allMatch((c) -> given.get(c.id()));
		LocalDate today = LocalDate.now(this.clock);
		customer.recordQualification(qualified, today);
		this.customers.save(customer);
		long id = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
		this.jdbc
			.sql("""
					insert into prospect_qualification (id, version, customer_id, qualified_by, qualified_on, qualified, note,
					                                    created_at)
					values (:id, 0, :customer, :user, :on, :qualified, :note, current_timestamp)
					""")
			.param("id", id)
			.param("customer", customerId)
			.param("user", user.id())
			.param("on", today)
			.param("qualified", qualified)
			.param("note", (note == null || note.isBlank()) ? null : note.trim())
			.update();
		for (QualificationCriteria.Criterion criterion : active) {
			this.jdbc.sql("""
					insert into prospect_qualification_answer (qualification_id, criterion_id, answer)
					values (:id, :criterion, :answer)
					""")
				.param("id", id)
				.param("criterion", criterion.id())
				.param("answer", given.get(criterion.id()))
				.update();
		}
		return history(customerId).get(0);
	}

	/** The qualifications of a visible customer, newest first (404 when not visible). */
	@Transactional(readOnly = true)
	public List<Qualification> history(UserPrincipal user, long customerId) {
		this.access.visible(user, customerId);
		return history(customerId);
	}

	private List<Qualification> history(long customerId) {
		Map<Long, List<Answer>> answers = new LinkedHashMap<>();
		this.jdbc.sql("""
				select a.qualification_id, a.criterion_id, c.name, c.required, a.answer
				from prospect_qualification_answer a
				join prospect_qualification q on q.id = a.qualification_id
				join qualification_criterion c on c.id = a.criterion_id
				where q.customer_id = :customer
				order by c.sort_order, c.id
				""").param("customer", customerId).query((rs, n) -> {
			answers.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new Answer(rs.getLong(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)));
			return null;
		}).list();
		return this.jdbc.sql("""
				select q.id, q.customer_id, u.display_name, q.qualified_on, q.qualified, q.note
				from prospect_qualification q join app_user u on u.id = q.qualified_by
				where q.customer_id = :customer
				order by q.id desc
				""")
			.param("customer", customerId)
			.query((rs, n) -> new Qualification(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getString(6),
					answers.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

}
