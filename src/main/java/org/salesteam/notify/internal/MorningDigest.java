package org.salesteam.notify.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salesteam.notify.Notice;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.visit.TodaysVisits;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The morning digest (早间提醒), once per working day on one node: every active team member
 * with something to do gets one inbox entry (and e-mail, if chosen) listing the visits of
 * today — open follow-ups due today or overdue included — and the follow-ups due
 * tomorrow, read through {@code visit}'s {@link TodaysVisits} as that user (their own
 * visits, within what they may see). Nothing to do, no notice. The key
 * {@code VISITS_TODAY:<user>:<date>} makes a second run of the day (another node, a
 * restart) a no-op. Personal: it names the rep's customers, so no robot receives it.
 */
@Component
public class MorningDigest {

	/** The visits named in the text; more are counted only. */
	static final int NAMED = 5;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final NoticeJobs jobs;

	private final TodaysVisits visits;

	MorningDigest(NoticeJobs jobs, TodaysVisits visits) {
		this.jobs = jobs;
		this.visits = visits;
	}

	@Scheduled(cron = "${salesteam.notify.morning-digest-cron:0 30 7 * * MON-FRI}",
			zone = "${salesteam.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "notify.morningDigest", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
	public void run() {
		send();
	}

	/** Records today's digests; returns how many users got one. */
	public int send() {
		LocalDate today = this.jobs.today();
		List<Long> teams = this.jobs.directory()
			.allTeams()
			.stream()
			.filter(TeamDirectory.TeamSummary::active)
			.map(TeamDirectory.TeamSummary::id)
			.toList();
		return this.jobs.each(this.jobs.directory().membersOf(teams), TeamDirectory.Member::id,
				(member, user) -> digest(user, member, today));
	}

	private boolean digest(UserPrincipal user, TeamDirectory.Member member, LocalDate today) {
		TodaysVisits.Today agenda = this.visits.of(user);
		List<TodaysVisits.Item> dueToday = new ArrayList<>(agenda.visits());
		dueToday.addAll(agenda.followUps());
		List<TodaysVisits.Item> tomorrow = this.visits.followUpsDueOn(user, today.plusDays(1));
		if (dueToday.isEmpty() && tomorrow.isEmpty()) {
			return false;
		}
		this.jobs.publish(
				new Notice(BuiltInNoticeTypes.VISITS_TODAY + ":" + member.id() + ":" + today,
						BuiltInNoticeTypes.VISITS_TODAY, member.teamId(), List.of(member.id()),
						"notify.text.visitsToday", List.of(today.toString(), String.valueOf(dueToday.size()),
								named(dueToday, true), String.valueOf(tomorrow.size()), named(tomorrow, false)),
						"/", this.jobs.now()));
		return true;
	}

	/**
	 * "10:00 客户 / 14:30 客户 / …" — the first {@link #NAMED}, "—" for none; an overdue
	 * follow-up with its date instead of the time.
	 */
	static String named(List<TodaysVisits.Item> items, boolean withTime) {
		if (items.isEmpty()) {
			return "—";
		}
		List<String> names = new ArrayList<>();
		for (TodaysVisits.Item item : items.subList(0, Math.min(NAMED, items.size()))) {
			String when = item.overdue() ? item.date().toString() : item.plannedAt().format(TIME);
			names.add(withTime ? when + " " + item.customerName() : item.customerName());
		}
		return String.join(" / ", names) + ((items.size() > NAMED) ? " / …" : "");
	}

}
