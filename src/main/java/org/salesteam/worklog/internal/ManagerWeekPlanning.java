package org.salesteam.worklog.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.worklog.ManagerWeek;
import org.salesteam.worklog.ManagerWeekPerspective;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's week: read for a manager the caller may see (own; a director any), and
 * planned or reviewed by the manager only.
 */
@Service
public class ManagerWeekPlanning {

	private final WorklogAccess access;

	private final ManagerWeekRepository weeks;

	ManagerWeekPlanning(WorklogAccess access, ManagerWeekRepository weeks) {
		this.access = access;
		this.weeks = weeks;
	}

	/** The week's plan, empty when none is written yet. */
	@Transactional(readOnly = true)
	public Optional<ManagerWeek> find(UserPrincipal user, String username, String isoWeek) {
		WorklogAccess.checkManager(user);
		TeamDirectory.Member member = this.access.member(user, username);
		ManagerWeek.monday(isoWeek);
		return this.weeks.findByManagerIdAndIsoWeek(member.id(), isoWeek);
	}

	@Transactional
	public ManagerWeek plan(UserPrincipal user, String username, String isoWeek, List<String> goals,
			Map<ManagerWeekPerspective, List<String>> tasks, String review) {
		WorklogAccess.checkManager(user);
		TeamDirectory.Member member = this.access.member(user, username);
		if (member.id() != user.id()) {
			throw new AccessDeniedException("own week only");
		}
		ManagerWeek.monday(isoWeek);
		ManagerWeek week = this.weeks.findByManagerIdAndIsoWeek(user.id(), isoWeek)
			.orElseGet(() -> new ManagerWeek(user.id(), isoWeek));
		week.plan(goals, tasks, review);
		return this.weeks.save(week);
	}

}
