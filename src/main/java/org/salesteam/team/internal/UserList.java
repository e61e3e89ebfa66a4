package org.salesteam.team.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.salesteam.platform.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The admin's list of users: filtered in SQL by text (user name, display name or email),
 * role, team and active flag. Only the filter's shape varies the SQL; every value is a
 * bound parameter.
 */
@Component
public class UserList {

	/** Empty or null fields do not filter. */
	public record Filter(String text, Role role, Long teamId, Boolean active) {

		public static Filter none() {
			return new Filter(null, null, null, null);
		}

	}

	/** One user as the list shows them; {@code lockedUntil} is null when not locked. */
	public record Row(long id, String username, String displayName, String email, Long teamId, String teamName,
			boolean active, Instant lockedUntil, Set<Role> roles, List<String> territoryNames) {

		public boolean isLockedAt(Instant now) {
			return this.lockedUntil != null && this.lockedUntil.isAfter(now);
		}

	}

	private final JdbcClient jdbc;

	UserList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> find(Filter filter) {
		StringBuilder sql = new StringBuilder("""
				select u.id, u.username, u.display_name, u.email, u.team_id, t.name as team_name, u.active,
				       u.locked_until
				from app_user u left join sales_team t on t.id = u.team_id
				where 1 = 1
				""");
		Map<String, Object> params = new HashMap<>();
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and (lower(u.username) like :text or lower(u.display_name) like :text"
					+ " or lower(u.email) like :text)");
			params.put("text", "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%");
		}
		if (filter.role() != null) {
			sql.append(" and exists (select 1 from app_user_role r where r.user_id = u.id and r.role = :role)");
			params.put("role", filter.role().name());
		}
		if (filter.teamId() != null) {
			sql.append(" and u.team_id = :team");
			params.put("team", filter.teamId());
		}
		if (filter.active() != null) {
			sql.append(" and u.active = :active");
			params.put("active", filter.active());
		}
		sql.append(" order by u.username");
		List<Partial> partials = this.jdbc.sql(sql.toString()).params(params).query(this::partial).list();
		if (partials.isEmpty()) {
			return List.of();
		}
		List<Long> ids = partials.stream().map(Partial::id).toList();
		Map<Long, Set<Role>> roles = rolesOf(ids);
		Map<Long, List<String>> territories = territoriesOf(ids);
		List<Row> rows = new ArrayList<>(partials.size());
		for (Partial p : partials) {
			rows.add(new Row(p.id(), p.username(), p.displayName(), p.email(), p.teamId(), p.teamName(), p.active(),
					p.lockedUntil(), roles.getOrDefault(p.id(), Set.of()),
					territories.getOrDefault(p.id(), List.of())));
		}
		return rows;
	}

	private record Partial(long id, String username, String displayName, String email, Long teamId, String teamName,
			boolean active, Instant lockedUntil) {
	}

	private Partial partial(ResultSet rs, int row) throws SQLException {
		OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
		long teamId = rs.getLong("team_id");
		return new Partial(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.wasNull() ? null : teamId, rs.getString("team_name"), rs.getBoolean("active"),
				(locked != null) ? locked.toInstant() : null);
	}

	private Map<Long, Set<Role>> rolesOf(List<Long> ids) {
		Map<Long, Set<Role>> roles = new HashMap<>();
		this.jdbc.sql("select user_id, role from app_user_role where user_id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> roles.computeIfAbsent(rs.getLong("user_id"), (id) -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString("role"))))
			.list();
		return roles;
	}

	private Map<Long, List<String>> territoriesOf(List<Long> ids) {
		Map<Long, TreeSet<String>> names = new LinkedHashMap<>();
		this.jdbc.sql("""
				select ut.user_id, t.name from app_user_territory ut join territory t on t.id = ut.territory_id
				where ut.user_id in (:ids)
				""")
			.param("ids", ids)
			.query((rs, row) -> names.computeIfAbsent(rs.getLong("user_id"), (id) -> new TreeSet<>())
				.add(rs.getString("name")))
			.list();
		Map<Long, List<String>> result = new HashMap<>();
		names.forEach((id, set) -> result.put(id, List.copyOf(set)));
		return result;
	}

}
