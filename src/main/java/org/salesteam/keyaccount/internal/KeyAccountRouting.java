package org.salesteam.keyaccount.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.salesteam.service.ServiceRequestType;
import org.salesteam.service.ServiceRouting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes a new service request of a key account (ADR 0052): the routing table names the
 * account-team role for its type; the active member in that role works it — the
 * RESPONSIBLE one first, then the longest on the team, then by username; with nobody in
 * the role, the key-account manager, else the customer's owner (who is the key-account
 * manager when the team names none, ADR 0022). The deadlines are those of the account's
 * box in its newest portfolio, where the table gives them. Customers that are not key
 * accounts are not routed.
 */
@Component
class KeyAccountRouting implements ServiceRouting {

	/** A candidate: an active member of the account team. */
	record Candidate(long userId, String username, TeamRole role, Raci raci, java.time.LocalDate addedOn) {
	}

	/** Who is chosen, in which role. */
	record Choice(long userId, TeamRole role) {
	}

	private final JdbcClient jdbc;

	private final RoutingRows table;

	private final PortfolioMatrix matrix;

	KeyAccountRouting(JdbcClient jdbc, RoutingRows table, PortfolioMatrix matrix) {
		this.jdbc = jdbc;
		this.table = table;
		this.matrix = matrix;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Route> route(long customerId, ServiceRequestType type) {
		// a key account's active owner; a key account without one still routes to its
		// team
		Optional<Optional<Long>> keyAccount = this.jdbc.sql("""
				select case when u.active = true then c.owner_id end from customer c
				left join app_user u on u.id = c.owner_id where c.id = :c and c.key_account = true""")
			.param("c", customerId)
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, Long.class)))
			.optional();
		if (keyAccount.isEmpty()) {
			return Optional.empty();
		}
		TeamRole wanted = this.table.routes().get(type);
		Optional<Choice> choice = choose(candidates(customerId), wanted, keyAccount.get().orElse(null));
		if (choice.isEmpty()) {
			return Optional.empty();
		}
		RoutingRows.BoxDeadline deadline = this.matrix.newestBox(customerId)
			.map((box) -> this.table.deadlines().get(box))
			.orElse(new RoutingRows.BoxDeadline(null, null, null));
		return Optional.of(new Route(choice.get().userId(), choice.get().role().name(),
				minutes(deadline.responseHours()), minutes(deadline.resolutionHours())));
	}

	/**
	 * The member in the wanted role (RESPONSIBLE first, then the earliest on the team,
	 * then by username); else the key-account manager on the team; else the owner, as
	 * key-account manager; else nobody.
	 */
	static Optional<Choice> choose(List<Candidate> team, TeamRole wanted, Long ownerId) {
		Comparator<Candidate> order = Comparator
			.comparing((Candidate candidate) -> candidate.raci() != Raci.RESPONSIBLE)
			.thenComparing(Candidate::addedOn, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Candidate::username);
		Optional<Candidate> inRole = team.stream().filter((m) -> m.role() == wanted).min(order);
		if (inRole.isPresent()) {
			return inRole.map((m) -> new Choice(m.userId(), wanted));
		}
		Optional<Candidate> manager = team.stream().filter((m) -> m.role() == TeamRole.KEY_ACCOUNT_MANAGER).min(order);
		if (manager.isPresent()) {
			return manager.map((m) -> new Choice(m.userId(), TeamRole.KEY_ACCOUNT_MANAGER));
		}
		return Optional.ofNullable(ownerId).map((id) -> new Choice(id, TeamRole.KEY_ACCOUNT_MANAGER));
	}

	private List<Candidate> candidates(long customerId) {
		return this.jdbc.sql("""
				select m.user_id, u.username, m.team_role, m.raci, m.added_on
				from account_team_member m join app_user u on u.id = m.user_id
				where m.customer_id = :c and u.active = true""")
			.param("c", customerId)
			.query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), TeamRole.valueOf(rs.getString(3)),
					(rs.getString(4) != null) ? Raci.valueOf(rs.getString(4)) : null,
					rs.getObject(5, java.time.LocalDate.class)))
			.list();
	}

	private static Long minutes(Integer hours) {
		return (hours == null) ? null : hours * 60L;
	}

}
