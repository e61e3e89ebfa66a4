package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people of a scored role: active users holding it, with their team (a rep's team;
 * the active teams a manager leads) and the day they took the role — the
 * {@code role_tenure} row, else the day the account was created. Rated are those in the
 * role for at least {@value #RATED_AFTER_DAYS} days at the period's end; the others are
 * 新人暂不评级.
 */
@Component
public class Peers {

	/** Days in the role before a person is rated. */
	public static final int RATED_AFTER_DAYS = 90;

	/** A person of the role. */
	public record Peer(long id, String username, String displayName, List<Long> teamIds, LocalDate since) {

		public boolean ratedAt(LocalDate periodEnd) {
			return ChronoUnit.DAYS.between(this.since, periodEnd) >= RATED_AFTER_DAYS;
		}

	}

	private record Row(long id, String username, String displayName, Long teamId, LocalDate since) {
	}

	private record Led(long managerId, long teamId) {
	}

	private final JdbcClient jdbc;

	Peers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active person of the role with this user name (any case). */
	public Optional<Peer> find(ScoredRole role, String username) {
		return of(role).stream().filter((peer) -> peer.username().equalsIgnoreCase(username)).findFirst();
	}

	public List<Peer> of(ScoredRole role) {
		List<Row> rows = this.jdbc.sql("""
				select u.id, u.username, u.display_name, u.team_id,
				       coalesce(t.since, cast(u.created_at as date)) as since
				from app_user u
				join app_user_role r on r.user_id = u.id and r.role = :role
				left join role_tenure t on t.user_id = u.id and t.role = :role
				where u.active = true order by u.username""").param("role", role.name()).query(Row.class).list();
		Map<Long, List<Long>> led = new HashMap<>();
		if (role == ScoredRole.MANAGER) {
			this.jdbc
				.sql("select manager_id, id as team_id from sales_team where active = true and manager_id is not null "
						+ "order by id")
				.query(Led.class)
				.list()
				.forEach((team) -> led.computeIfAbsent(team.managerId(), (k) -> new ArrayList<>()).add(team.teamId()));
		}
		return rows.stream()
			.map((row) -> new Peer(row.id(), row.username(), row.displayName(),
					(role == ScoredRole.MANAGER) ? led.getOrDefault(row.id(), List.of())
							: (row.teamId() != null) ? List.of(row.teamId()) : List.of(),
					row.since()))
			.toList();
	}

}
