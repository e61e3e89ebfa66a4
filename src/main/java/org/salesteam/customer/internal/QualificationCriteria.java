package org.salesteam.customer.internal;

import java.util.List;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The named yes/no criteria a prospect is qualified against (资格审核标准), kept in order.
 * Directors and admins set them; a criterion is retired rather than deleted, so earlier
 * answers keep their names.
 */
@Service
public class QualificationCriteria {

	static final String ENTITY = "entity.qualificationCriterion";

	/** One criterion; {@code required} ones must be answered yes to qualify. */
	public record Criterion(long id, String name, boolean required, boolean active, int sortOrder) {
	}

	private final JdbcClient jdbc;

	QualificationCriteria(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static boolean mayEdit(UserPrincipal user) {
		return user.hasAnyRole(Role.DIRECTOR, Role.ADMIN);
	}

	/** Every criterion, active ones first, in their order. */
	@Transactional(readOnly = true)
	public List<Criterion> all() {
		return this.jdbc.sql("""
				select id, name, required, active, sort_order from qualification_criterion
				order by active desc, sort_order, id
				""").query(Criterion.class).list();
	}

	@Transactional(readOnly = true)
	public List<Criterion> active() {
		return all().stream().filter(Criterion::active).toList();
	}

	@Transactional
	public Criterion add(UserPrincipal user, String name, boolean required) {
		check(user);
		String trimmed = validName(name);
		long id = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
		int order = this.jdbc.sql("select coalesce(max(sort_order), 0) + 1 from qualification_criterion")
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into qualification_criterion (id, version, name, required, active, sort_order, created_at)
				values (:id, 0, :name, :required, true, :order, current_timestamp)
				""").param("id", id).param("name", trimmed).param("required", required).param("order", order).update();
		return new Criterion(id, trimmed, required, true, order);
	}

	@Transactional
	public Criterion change(UserPrincipal user, long id, String name, boolean required, boolean active) {
		check(user);
		String trimmed = validName(name);
		int changed = this.jdbc.sql("""
				update qualification_criterion set name = :name, required = :required, active = :active,
				       version = version + 1
				where id = :id
				""")
			.param("id", id)
			.param("name", trimmed)
			.param("required", required)
			.param("active", active)
			.update();
		if (changed == 0) {
			throw new NotFoundException(ENTITY, id);
		}
		return all().stream().filter((c) -> c.id() == id).findFirst().orElseThrow();
	}

	private static void check(UserPrincipal user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("qualification criteria are set by directors and admins");
		}
	}

	private static String validName(String name) {
		if (name == null || name.isBlank()) {
			throw BusinessRuleException.onField("name", "qualification.error.nameRequired");
		}
		if (name.trim().length() > 200) {
			throw BusinessRuleException.onField("name", "qualification.error.nameTooLong", 200);
		}
		return name.trim();
	}

}
