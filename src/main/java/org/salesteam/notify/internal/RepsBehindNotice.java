package org.salesteam.notify.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salesteam.notify.Notice;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.visit.ActivityAlerts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Monday morning, on one node: each active team's manager learns which of the team's reps
 * fell behind their activity standard in the last full week (RED or AMBER, read through
 * {@code visit}'s {@link ActivityAlerts} as that manager). One notice per team and week
 * (key {@code REPS_BEHIND_STANDARD:<team>:<week>}: a second run is a no-op); none when
 * everyone is on standard. The text names the team, the week and the reps — no figures —
 * so the team's robots and the company-wide ones subscribed may receive it.
 */
@Component
public class RepsBehindNotice {

	private final NoticeJobs jobs;

	private final ActivityAlerts alerts;

	RepsBehindNotice(NoticeJobs jobs, ActivityAlerts alerts) {
		this.jobs = jobs;
		this.alerts = alerts;
	}

	@Scheduled(cron = "${salesteam.notify.reps-behind-cron:0 0 8 * * MON}",
			zone = "${salesteam.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "notify.repsBehind", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
	public void run() {
		send();
	}

	/** Records last week's notices; returns how many teams had reps behind. */
	public int send() {
		List<TeamDirectory.TeamSummary> teams = this.jobs.directory()
			.allTeams()
			.stream()
			.filter((team) -> team.active() && team.managerId() != null)
			.toList();
		return this.jobs.each(teams, TeamDirectory.TeamSummary::managerId, this::notice);
	}

	private boolean notice(TeamDirectory.TeamSummary team, UserPrincipal manager) {
		Set<Long> members = this.jobs.directory()
			.membersOf(team.id())
			.stream()
			.map(TeamDirectory.Member::id)
			.collect(Collectors.toSet());
		List<ActivityAlerts.RepBehind> behind = this.alerts.behind(manager)
			.stream()
			.filter((rep) -> members.contains(rep.repId()) && rep.repId() != manager.id())
			.toList();
		if (behind.isEmpty()) {
			return false;
		}
		String week = behind.get(0).isoWeek();
		String names = behind.stream().map(ActivityAlerts.RepBehind::repName).collect(Collectors.joining(", "));
		this.jobs.publish(new Notice(BuiltInNoticeTypes.REPS_BEHIND_STANDARD + ":" + team.id() + ":" + week,
				BuiltInNoticeTypes.REPS_BEHIND_STANDARD, team.id(), List.of(manager.id()),
				"notify.text.repsBehindStandard", List.of(team.name(), week, String.valueOf(behind.size()), names),
				"/visit-standards/compliance?lastWeek=" + week, this.jobs.now()));
		return true;
	}

}
