package org.salesteam.keyaccount.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.service.ServiceRouting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing rule worked by hand (ADR 0052): the member in the role, RESPONSIBLE before
 * the longest on the team before the username; the key-account manager, then the owner,
 * when the role is empty; the shorter of the class's and the box's deadline.
 */
class ServiceRoutingRulesTests {

	private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

	private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

	private static KeyAccountRouting.Candidate member(long id, String username, TeamRole role, Raci raci,
			LocalDate since) {
		return new KeyAccountRouting.Candidate(id, username, role, raci, since);
	}

	@Test
	void theResponsibleMemberOfTheRoleComesFirstThenTheLongestOnTheTeam() {
		List<KeyAccountRouting.Candidate> team = List.of(
				member(10, "kam", TeamRole.KEY_ACCOUNT_MANAGER, Raci.ACCOUNTABLE, JANUARY),
				member(11, "early", TeamRole.QUALITY, Raci.CONSULTED, JANUARY),
				member(12, "responsible", TeamRole.QUALITY, Raci.RESPONSIBLE, MARCH),
				member(13, "planner-b", TeamRole.PRODUCTION_PLANNING, null, MARCH),
				member(14, "planner-a", TeamRole.PRODUCTION_PLANNING, null, MARCH),
				member(15, "planner-old", TeamRole.PRODUCTION_PLANNING, null, JANUARY));
		// RESPONSIBLE wins over being on the team longer
		assertThat(KeyAccountRouting.choose(team, TeamRole.QUALITY, 99L))
			.contains(new KeyAccountRouting.Choice(12, TeamRole.QUALITY));
		// nobody RESPONSIBLE: the one since January before the two since March
		assertThat(KeyAccountRouting.choose(team, TeamRole.PRODUCTION_PLANNING, 99L))
			.contains(new KeyAccountRouting.Choice(15, TeamRole.PRODUCTION_PLANNING));
		// same day, no RACI: by username, planner-a before planner-b
		List<KeyAccountRouting.Candidate> sameDay = team.subList(3, 5);
		assertThat(KeyAccountRouting.choose(sameDay, TeamRole.PRODUCTION_PLANNING, 99L))
			.contains(new KeyAccountRouting.Choice(14, TeamRole.PRODUCTION_PLANNING));
	}

	@Test
	void anEmptyRoleFallsBackToTheKeyAccountManagerThenTheOwner() {
		List<KeyAccountRouting.Candidate> team = List.of(
				member(10, "kam", TeamRole.KEY_ACCOUNT_MANAGER, Raci.ACCOUNTABLE, JANUARY),
				member(11, "quality", TeamRole.QUALITY, Raci.RESPONSIBLE, JANUARY));
		assertThat(KeyAccountRouting.choose(team, TeamRole.CREDIT, 99L))
			.contains(new KeyAccountRouting.Choice(10, TeamRole.KEY_ACCOUNT_MANAGER));
		assertThat(KeyAccountRouting.choose(team.subList(1, 2), TeamRole.CREDIT, 99L))
			.contains(new KeyAccountRouting.Choice(99, TeamRole.KEY_ACCOUNT_MANAGER));
		assertThat(KeyAccountRouting.choose(List.of(), TeamRole.CREDIT, null)).isEmpty();
	}

	@Test
	void theShorterOfTheClassAndTheBoxDeadlineApplies() {
		// class C: first response 1 working day = 540 min, resolution 5 days = 2,700 min;
		// STRATEGIC: 2 h = 120 min and 9 h = 540 min
		assertThat(ServiceRouting.Route.shorter(540, 120L)).isEqualTo(120);
		assertThat(ServiceRouting.Route.shorter(2700, 540L)).isEqualTo(540);
		// class A: 4 h = 240 min, equal to STAR's 4 h and shorter than 8 h
		assertThat(ServiceRouting.Route.shorter(240, 240L)).isEqualTo(240);
		assertThat(ServiceRouting.Route.shorter(240, 480L)).isEqualTo(240);
		// no box deadline: the class's
		assertThat(ServiceRouting.Route.shorter(1440, null)).isEqualTo(1440);
	}

}
