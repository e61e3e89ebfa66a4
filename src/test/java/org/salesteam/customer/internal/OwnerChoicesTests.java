package org.salesteam.customer.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.support.IntegrationTest;
import org.salesteam.team.TeamDirectory.Member;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * To whom a director, a manager and a rep may give customers, against the organisation's
 * tables read directly, and the natural order of user names.
 */
@IntegrationTest
class OwnerChoicesTests {

	@Autowired
	OwnerChoices choices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDirectorMayChooseEveryActiveManagerAndRepOfTheActiveTeams() {
		List<String> expected = usernames("""
				select u.username from app_user u join sales_team t on t.id = u.team_id
				where t.active = true and u.active = true
				union
				select m.username from app_user m join sales_team t on t.manager_id = m.id
				where t.active = true and m.active = true
				""");
		List<String> chosen = usernamesOf(this.choices.assignable(principal("director", Role.DIRECTOR)));
		assertThat(chosen).containsExactlyInAnyOrderElementsOf(expected).hasSizeGreaterThan(15);
		assertThat(chosen.indexOf("rep2")).isLessThan(chosen.indexOf("rep10"));
	}

	@Test
	void aManagerMayChooseThemselvesAndTheRepsOfTheirTeams() {
		List<String> expected = usernames("""
				select u.username from app_user u join sales_team t on t.id = u.team_id
				join app_user m on m.id = t.manager_id
				where m.username = 'manager1' and t.active = true and u.active = true
				union select 'manager1'
				""");
		List<String> chosen = usernamesOf(this.choices.assignable(principal("manager1", Role.MANAGER)));
		assertThat(chosen).containsExactlyInAnyOrderElementsOf(expected).contains("rep1", "manager1");
		assertThat(chosen).doesNotContain("rep6");
	}

	@Test
	void aRepMayChooseOnlyThemselves() {
		assertThat(usernamesOf(this.choices.assignable(principal("rep7", Role.REP)))).containsExactly("rep7");
	}

	@Test
	void numbersAtTheEndOfANameCompareAsNumbers() {
		List<String> names = new java.util.ArrayList<>(List.of("rep10", "rep2", "manager1", "rep", "admin", "rep1a"));
		names.sort(OwnerChoices::naturalOrder);
		assertThat(names).containsExactly("admin", "manager1", "rep", "rep2", "rep10", "rep1a");
	}

	private List<String> usernames(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

	private static List<String> usernamesOf(List<Member> members) {
		return members.stream().map(Member::username).toList();
	}

	private UserPrincipal principal(String username, Role role) {
		return this.jdbc.sql("select id, display_name from app_user where username = :u")
			.param("u", username)
			.query((rs, n) -> new UserPrincipal(rs.getLong(1), username, "", rs.getString(2), Set.of(role),
					Locale.SIMPLIFIED_CHINESE, 0, true, false))
			.single();
	}

}
