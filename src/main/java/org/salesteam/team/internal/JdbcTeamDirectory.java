package org.salesteam.team.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.salesteam.platform.RecordRows;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL read model behind {@link TeamDirectory}. */
@Component
class JdbcTeamDirectory implements TeamDirectory {

	private static final String MEMBER = "select id, username, display_name, team_id, active from app_user ";

	private static final String TEAM = """
			select t.id, t.name, t.manager_id, m.display_name as manager_name,
			       (select count(*) from app_user u where u.team_id = t.id and u.active = true) as member_count,
			       t.active
			from sales_team t left join app_user m on m.id = t.manager_id
			""";

	private final JdbcClient jdbc;

	JdbcTeamDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Member> findMember(long userId) {
		return this.jdbc.sql(MEMBER + "where id = :id").param("id", userId).query(Member.class).optional();
	}

	@Override
	public Optional<Member> findMemberByUsername(String username) {
		return this.jdbc.sql(MEMBER + "where lower(username) = lower(:name)")
			.param("name", username)
			.query(Member.class)
			.optional();
	}

	@Override
	public List<Member> membersOf(long teamId) {
		return this.jdbc.sql(MEMBER + "where team_id = :team and active = true order by username")
			.param("team", teamId)
			.query(Member.class)
			.list();
	}

	@Override
	public List<Member> membersOf(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(MEMBER + "where team_id in (:teams) and active = true order by username")
			.param("teams", teamIds)
			.query(RecordRows.of(Member.class))
			.list();
	}

	@Override
	public List<Member> findMembers(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(MEMBER + "where id in (:ids)")
			.param("ids", userIds)
			.query(RecordRows.of(Member.class))
			.list();
	}

	@Override
	public List<TeamSummary> teamsManagedBy(long managerId) {
		return this.jdbc.sql(TEAM + "where t.manager_id = :manager and t.active = true order by t.name")
			.param("manager", managerId)
			.query(TeamSummary.class)
			.list();
	}

	@Override
	public List<TeamSummary> allTeams() {
		return this.jdbc.sql(TEAM + "order by t.name").query(TeamSummary.class).list();
	}

}
