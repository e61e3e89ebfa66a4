package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公平性检查 before launch (ADR 0032): the contest's rules replayed on the last four windows
 * of the same length before it starts (the newest first), who would have won each time
 * ({@link FairnessVerdict} on the win counts), and the handbook's checklist of why
 * contests fail with the answers the data gives.
 */
@Service
public class FairnessCheck {

	/** One replayed window and who would have won it. */
	public record Window(LocalDate from, LocalDate to, List<String> winners) {
	}

	/**
	 * One question of the checklist; {@code warning} when the answer is the failing one.
	 */
	public record CheckItem(String code, boolean warning) {
	}

	public record Result(FairnessVerdict verdict, List<Window> windows, List<CheckItem> checklist) {
	}

	static final int WINDOWS = 4;

	private final ContestAccess access;

	private final ContestPeople people;

	private final Leaderboards leaderboards;

	private final ContestRepository contests;

	FairnessCheck(ContestAccess access, ContestPeople people, Leaderboards leaderboards, ContestRepository contests) {
		this.access = access;
		this.people = people;
		this.leaderboards = leaderboards;
		this.contests = contests;
	}

	/** The check, for those who may launch the contest (404 unseen, 403 otherwise). */
	@Transactional(readOnly = true)
	public Result check(UserPrincipal user, long id) {
		return check(this.access.editable(user, this.access.find(id)));
	}

	Result check(Contest contest) {
		List<ContestPeople.Person> participants = this.people.of(contest);
		List<Window> windows = new ArrayList<>();
		Map<String, BigDecimal> potential = new HashMap<>();
		long days = contest.days();
		for (int k = 1; k <= WINDOWS; k++) {
			LocalDate to = contest.getFrom().minusDays(1 + (k - 1) * days);
			KpiPeriod window = new KpiPeriod(to.minusDays(days - 1), to);
			List<Standings.Row> rows = this.leaderboards.board(contest, participants, window).rows();
			rows.stream()
				.filter((row) -> row.potential() != null)
				.forEach((row) -> potential.put(row.username(), row.potential()));
			windows.add(new Window(window.from(), window.to(),
					rows.stream().filter((row) -> row.prize() != null).map(Standings.Row::username).toList()));
		}
		List<String> usernames = participants.stream().map(ContestPeople.Person::username).toList();
		FairnessVerdict verdict = FairnessVerdict.of(usernames, potential,
				windows.stream().map(Window::winners).toList());
		return new Result(verdict, windows, checklist(contest));
	}

	private List<CheckItem> checklist(Contest contest) {
		LocalDate lastYear = contest.getFrom().minusYears(1);
		boolean routine = this.contests.findAll()
			.stream()
			.anyMatch((other) -> !other.equals(contest) && other.getKpiCode().equals(contest.getKpiCode())
					&& other.getScoring() == contest.getScoring()
					&& Math.abs(java.time.temporal.ChronoUnit.DAYS.between(other.getFrom(), lastYear)) <= 45);
		return List.of(new CheckItem("ROUTINE", routine),
				new CheckItem("NO_THEME", contest.getTheme() == null || contest.getTheme().isBlank()),
				new CheckItem("SUPPORT_FORGOTTEN", contest.getSupport().isEmpty()),
				new CheckItem("NO_COMMITTEE", contest.getCommittee().size() < 2),
				new CheckItem("NO_RULES", contest.getRulesText() == null || contest.getRulesText().isBlank()),
				new CheckItem("SINGLE_WINNER",
						contest.getPrizeMode() == PrizeMode.TOP_N && Integer.valueOf(1).equals(contest.getTopN())));
	}

}
