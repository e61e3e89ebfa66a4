package org.salesteam.retention.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention module's one access class: which customers a user's retention figures,
 * lost records and exit interviews cover, as SQL on the customer table. A customer is
 * readable as on the customer pages — by its owner, or on its account team
 * ({@link Visibility#where}); a scope ({@code company}, {@code team:{id}},
 * {@code territory:{code}}, {@code rep:{username}}) must pass the KPI engine's rights
 * rule ({@link Kpis#check}: 403 otherwise) and narrows the customers to those owned by
 * the team's reps or the rep, or in the territory and every territory below it.
 */
@Component
public class RetentionAccess {

	private final VisibilityPolicy visibility;

	private final Kpis kpis;

	private final TeamDirectory directory;

	private final JdbcClient jdbc;

	RetentionAccess(VisibilityPolicy visibility, Kpis kpis, TeamDirectory directory, JdbcClient jdbc) {
		this.visibility = visibility;
		this.kpis = kpis;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/**
	 * The customers (table alias {@code c}) the user may read, within the scope when one
	 * is given (null or blank: no narrowing).
	 * @throws org.springframework.security.access.AccessDeniedException for a scope the
	 * user may not see
	 */
	public Visibility.Where customers(UserPrincipal user, String scopeText) {
		Visibility.Where where = this.visibility.of(user).where("c.owner_id", "c.id");
		Map<String, Object> params = new HashMap<>(where.params());
		String sql = where.sql();
		if (scopeText != null && !scopeText.isBlank()) {
			KpiScope scope = KpiScope.parse(scopeText);
			this.kpis.check(KpiViewer.of(user), scope);
			sql = sql + " and " + scopeCondition(scope, params);
		}
		return new Visibility.Where(sql, params);
	}

	/**
	 * Every customer of the company (alias {@code c}), for work no request asked for: the
	 * nightly stored scores.
	 */
	Visibility.Where everyone() {
		return Visibility.everything().where("c.owner_id", "c.id");
	}

	/** {@link #customers} narrowed to one customer: empty answers 404. */
	public Visibility.Where customer(UserPrincipal user, long customerId) {
		Visibility.Where visible = customers(user, null);
		Map<String, Object> params = new HashMap<>(visible.params());
		params.put("oneCustomer", customerId);
		return new Visibility.Where(visible.sql() + " and c.id = :oneCustomer", params);
	}

	/** The customer if the user may read it, else {@link NotFoundException}. */
	public void requireReadable(UserPrincipal user, long customerId) {
		Visibility.Where one = customer(user, customerId);
		boolean seen = one.bind(this.jdbc.sql("select count(*) from customer c where " + one.sql()))
			.query(Long.class)
			.single() > 0;
		if (!seen) {
			throw new NotFoundException("entity.customer", customerId);
		}
	}

	/**
	 * {@link #requireReadable}, then a 422 on {@code customerId} with
	 * {@code notKeyAccount} when the customer is not a key account (an annual review, a
	 * service audit).
	 */
	public void requireReadableKeyAccount(UserPrincipal user, Long customerId, String notKeyAccount) {
		if (customerId == null) {
			throw BusinessRuleException.onField("customerId", "retention.error.required");
		}
		requireReadable(user, customerId);
		if (!this.jdbc.sql("select key_account from customer where id = :c")
			.param("c", customerId)
			.query(Boolean.class)
			.single()) {
			throw BusinessRuleException.onField("customerId", notKeyAccount);
		}
	}

	private String scopeCondition(KpiScope scope, Map<String, Object> params) {
		return switch (scope.kind()) {
			case COMPANY -> "1 = 1";
			case TEAM -> {
				if (this.directory.allTeams().stream().noneMatch((t) -> t.id() == scope.teamId())) {
					throw new NotFoundException("team", scope.key());
				}
				params.put("scopeTeam", scope.teamId());
				yield "c.owner_id in (select su.id from app_user su where su.team_id = :scopeTeam)";
			}
			case REP -> {
				params.put("scopeOwner",
						this.directory.findMemberByUsername(scope.key())
							.orElseThrow(() -> new NotFoundException("user", scope.key()))
							.id());
				yield "c.owner_id = :scopeOwner";
			}
			case TERRITORY -> {
				params.put("scopeTerritories", territoryAndBelow(scope.key()));
				yield "c.territory_id in (:scopeTerritories)";
			}
			default -> throw BusinessRuleException.onField("scope", "performance.error.scope");
		};
	}

	private List<Long> territoryAndBelow(String code) {
		record Node(long id, String code, Long parentId) {
		}
		List<Node> nodes = this.jdbc.sql("select id, code, parent_id from territory")
			.query((rs, row) -> new Node(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
			.list();
		Node root = nodes.stream()
			.filter((n) -> n.code().toUpperCase(Locale.ROOT).equals(code.toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("territory", code));
		List<Long> ids = new ArrayList<>();
		Deque<Long> open = new ArrayDeque<>(List.of(root.id()));
		while (!open.isEmpty()) {
			long id = open.pop();
			ids.add(id);
			nodes.stream().filter((n) -> n.parentId() != null && n.parentId() == id).forEach((n) -> open.push(n.id()));
		}
		return ids;
	}

}
