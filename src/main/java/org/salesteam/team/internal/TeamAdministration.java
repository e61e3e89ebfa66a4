package org.salesteam.team.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.team.SalesTeam;
import org.salesteam.team.User;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's use cases on sales teams. A team's name is unique (ignoring case); its
 * manager is an active user with the MANAGER role; its members are reps, each in at most
 * one team, so adding a rep moves them out of their previous team.
 */
@Service
@Transactional
public class TeamAdministration {

	private final SalesTeamRepository teams;

	private final UserRepository users;

	private final MarketSegmentRepository segments;

	TeamAdministration(SalesTeamRepository teams, UserRepository users, MarketSegmentRepository segments) {
		this.teams = teams;
		this.users = users;
		this.segments = segments;
	}

	@Transactional(readOnly = true)
	public Optional<SalesTeam> find(long id) {
		return this.teams.findById(id);
	}

	@Transactional(readOnly = true)
	public SalesTeam get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("entity.team", id));
	}

	/** Ids of every user (active or not) in the team, by user name. */
	@Transactional(readOnly = true)
	public List<Long> memberIds(long teamId) {
		return this.users.findByTeamIdOrderByUsernameAsc(teamId).stream().map(User::getId).toList();
	}

	public SalesTeam create(String name, Long managerId, Long segmentId) {
		String trimmed = name.trim();
		if (this.teams.existsByNameIgnoreCase(trimmed)) {
			throw BusinessRuleException.onField("name", "team.rule.nameTaken", trimmed);
		}
		checkManager(managerId);
		checkSegment(segmentId);
		return this.teams.save(new SalesTeam(trimmed, managerId, segmentId));
	}

	public SalesTeam update(long id, String name, Long managerId, Long segmentId) {
		SalesTeam team = get(id);
		String trimmed = name.trim();
		if (!team.getName().equalsIgnoreCase(trimmed) && this.teams.existsByNameIgnoreCase(trimmed)) {
			throw BusinessRuleException.onField("name", "team.rule.nameTaken", trimmed);
		}
		if (!java.util.Objects.equals(team.getManagerId(), managerId)) {
			checkManager(managerId);
		}
		checkSegment(segmentId);
		team.update(trimmed, managerId, segmentId);
		return team;
	}

	/**
	 * Makes exactly these reps the team's members: listed reps join (leaving any other
	 * team), members not listed leave.
	 */
	public SalesTeam assignMembers(long id, Set<Long> repIds) {
		SalesTeam team = get(id);
		List<User> reps = this.users.findAllById(repIds);
		if (reps.size() != repIds.size() || !reps.stream().allMatch((user) -> user.hasRole(Role.REP))) {
			throw BusinessRuleException.onField("repIds", "team.rule.membersMustBeReps");
		}
		for (User current : this.users.findByTeamIdOrderByUsernameAsc(id)) {
			if (!repIds.contains(current.getId())) {
				current.assignTeam(null);
			}
		}
		reps.forEach((rep) -> rep.assignTeam(team.getId()));
		return team;
	}

	public SalesTeam deactivate(long id) {
		SalesTeam team = get(id);
		team.deactivate();
		return team;
	}

	public SalesTeam activate(long id) {
		SalesTeam team = get(id);
		team.activate();
		return team;
	}

	private void checkManager(Long managerId) {
		boolean valid = managerId != null && this.users.findById(managerId)
			.filter((user) -> user.isActive() && user.hasRole(Role.MANAGER))
			.isPresent();
		if (!valid) {
			throw BusinessRuleException.onField("managerId", "team.rule.managerRequired");
		}
	}

	private void checkSegment(Long segmentId) {
		if (segmentId != null && !this.segments.existsById(segmentId)) {
			throw BusinessRuleException.onField("segmentId", "team.rule.unknownSegment");
		}
	}

}
