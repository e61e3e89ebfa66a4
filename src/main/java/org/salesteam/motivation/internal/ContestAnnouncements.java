package org.salesteam.motivation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salesteam.motivation.ContestStatus;
import org.salesteam.notify.Notice;
import org.salesteam.notify.NoticeTypes;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 结果公布 (ADR 0039): once a contest is FINAL (window and grace days over), its results are
 * announced once — one {@code CONTEST_RESULTS} notice through {@code notify} to the inbox
 * of its participants, committee, designer and the managers of its teams, and to the
 * robots of its team (of the company when it spans several teams). The text names the
 * contest, how many won a prize and the first winners — names only, no figures, as on the
 * leaderboard every participant sees. The contest's {@code announced_at} is set in the
 * same transaction as the notice, so a job run twice announces nothing twice (the notice
 * key {@code CONTEST_RESULTS:<id>} is the net). Each prize winner earns the recognition
 * {@code CONTEST_PRIZE} in the same transaction (ADR 0046).
 */
@Component
class ContestAnnouncements implements NoticeTypes {

	static final String TYPE = "CONTEST_RESULTS";

	/** The winners named in the text; more are counted. */
	static final int NAMED = 5;

	private final ContestRepository contests;

	private final ContestPeople people;

	private final Leaderboards leaderboards;

	private final TeamDirectory directory;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Recognitions recognitions;

	private final Clock clock;

	ContestAnnouncements(ContestRepository contests, ContestPeople people, Leaderboards leaderboards,
			TeamDirectory directory, ApplicationEventPublisher events, TransactionTemplate transactions,
			Recognitions recognitions, Clock clock) {
		this.recognitions = recognitions;
		this.contests = contests;
		this.people = people;
		this.leaderboards = leaderboards;
		this.directory = directory;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public List<String> types() {
		return List.of(TYPE);
	}

	@Scheduled(cron = "${salesteam.motivation.announce-cron:0 5 * * * *}",
			zone = "${salesteam.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "motivation.announce", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void run() {
		announceDue();
	}

	/** Announces every contest that reached FINAL unannounced; answers how many. */
	int announceDue() {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> due = this.transactions.execute(
				(tx) -> this.contests.findAllByLaunchedAtIsNotNullAndAnnouncedAtIsNullAndLastDayBeforeOrderById(today)
					.stream()
					.map(Contest::getId)
					.toList());
		int announced = 0;
		for (Long id : (due != null) ? due : List.<Long>of()) {
			announced += announce(id) ? 1 : 0;
		}
		return announced;
	}

	/**
	 * Announces this contest's results if it is FINAL (or later) and not announced yet,
	 * in a transaction of its own; answers whether it did.
	 */
	boolean announce(long id) {
		LocalDate today = LocalDate.now(this.clock);
		return Boolean.TRUE.equals(this.transactions.execute((tx) -> this.contests.findById(id)
			.filter((contest) -> contest.getAnnouncedAt() == null
					&& contest.status(today).compareTo(ContestStatus.FINAL) >= 0)
			.map((contest) -> {
				announce(contest);
				return true;
			})
			.orElse(false)));
	}

	private void announce(Contest contest) {
		List<ContestPeople.Person> participants = this.people.of(contest);
		Leaderboards.Board board = this.leaderboards.board(contest, participants, contest.period());
		List<String> winners = new ArrayList<>();
		LocalDate announcedOn = LocalDate.now(this.clock);
		board.rows().stream().filter((row) -> row.prize() != null).forEach((row) -> {
			winners.add(board.names().getOrDefault(row.username(), row.username()));
			participants.stream()
				.filter((person) -> person.username().equals(row.username()))
				.forEach((person) -> this.recognitions.earn(person.member().id(), Achievements.CONTEST_PRIZE,
						"contest:" + contest.getId(), announcedOn, contest.getName()));
		});
		String named = String.join("、", winners.subList(0, Math.min(NAMED, winners.size())));
		Long team = (contest.getTeamIds().size() == 1) ? contest.getTeamIds().iterator().next() : null;
		this.events.publishEvent(new Notice(TYPE + ":" + contest.getId(), TYPE, team, recipients(contest, participants),
				winners.isEmpty() ? "motivation.notice.resultsNoWinner" : "motivation.notice.results",
				List.of(contest.getName(), String.valueOf(winners.size()), named), "/contests/" + contest.getId(),
				this.clock.instant()));
		contest.announce(this.clock.instant());
	}

	private List<Long> recipients(Contest contest, List<ContestPeople.Person> participants) {
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(contest.getOwnerId());
		participants.forEach((person) -> ids.add(person.member().id()));
		contest.getCommittee()
			.forEach((username) -> this.directory.findMemberByUsername(username)
				.ifPresent((member) -> ids.add(member.id())));
		this.directory.allTeams()
			.stream()
			.filter((t) -> contest.getTeamIds().contains(t.id()) && t.managerId() != null)
			.forEach((t) -> ids.add(t.managerId()));
		return List.copyOf(ids);
	}

}
