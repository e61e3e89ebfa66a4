package org.salesteam.team.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The options of the admin forms' drop-downs. Inactive entries are listed too (marked),
 * so that a form can still show a value that was deactivated after it was chosen.
 */
@Component
public class OrganisationChoices {

	/** One option: {@code label} is what the user reads. */
	public record Option(long id, String label, boolean active) {
	}

	/** An active rep with the team they are in now, if any. */
	public record Rep(long id, String username, String displayName, Long teamId, String teamName) {
	}

	private final JdbcClient jdbc;

	OrganisationChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Option> teams() {
		return this.jdbc.sql("select id, name as label, active from sales_team order by name")
			.query(Option.class)
			.list();
	}

	public List<Option> territories() {
		return this.jdbc.sql("select id, code || ' ' || name as label, active from territory order by code")
			.query(Option.class)
			.list();
	}

	public List<Option> segments() {
		return this.jdbc.sql("select id, code || ' ' || name as label, active from market_segment order by code")
			.query(Option.class)
			.list();
	}

	/** Active users with the MANAGER role. */
	public List<Option> managers() {
		return usersWithRole("MANAGER");
	}

	/** Active users with the REP role. */
	public List<Option> reps() {
		return usersWithRole("REP");
	}

	/** Active reps, by team then user name. */
	public List<Rep> repsWithTeam() {
		return this.jdbc.sql("""
				select u.id, u.username, u.display_name, u.team_id, t.name as team_name
				from app_user u left join sales_team t on t.id = u.team_id
				where u.active = true
				  and exists (select 1 from app_user_role r where r.user_id = u.id and r.role = 'REP')
				order by u.username
				""").query(Rep.class).list();
	}

	private List<Option> usersWithRole(String role) {
		return this.jdbc.sql("""
				select u.id, u.display_name || ' (' || u.username || ')' as label, u.active
				from app_user u
				where u.active = true
				  and exists (select 1 from app_user_role r where r.user_id = u.id and r.role = :role)
				order by u.username
				""").param("role", role).query(Option.class).list();
	}

}
