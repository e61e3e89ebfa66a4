package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;

/**
 * The scorecards a user asks for, cut to what they may see ({@link EvaluationAccess}): a
 * table of the company's or a team's people, or one person's scorecard with its trend
 * over the last four equal periods (this one and the three before it, oldest first).
 * Without dates the period is this year to today.
 */
@Service
public class ScorecardQueries {

	/** A table: the template and the rows the user may see. */
	public record Table(ScorecardBoard.Board board, List<ScorecardBoard.Row> rows) {
	}

	/** A point of a person's trend. */
	public record TrendPoint(LocalDate from, LocalDate to, java.math.BigDecimal score, Integer rank, Integer quartile,
			int peerCount, boolean tooNewToRate) {
	}

	/** One person's scorecard. */
	public record Person(ScorecardBoard.Board board, ScorecardBoard.Row row, List<TrendPoint> trend) {
	}

	private static final int TREND_PERIODS = 4;

	private final ScorecardBoard boards;

	private final EvaluationAccess access;

	private final Peers peers;

	private final Clock clock;

	ScorecardQueries(ScorecardBoard boards, EvaluationAccess access, Peers peers, Clock clock) {
		this.boards = boards;
		this.access = access;
		this.peers = peers;
		this.clock = clock;
	}

	public KpiPeriod period(LocalDate from, LocalDate to) {
		LocalDate lastYear = LocalDate.now(this.clock).minusYears(1);
		LocalDate start = (from != null) ? from : (to != null) ? to.withDayOfYear(1) : lastYear.withDayOfYear(1);
		LocalDate end = (to != null) ? to : start.withDayOfYear(start.lengthOfYear());
		return new KpiPeriod(start, end);
	}

	public Table table(UserPrincipal user, KpiScope scope, ScoredRole role, KpiPeriod period) {
		KpiScope seen = this.access.table(user, scope);
		ScorecardBoard.Board board = this.boards.of(role, period);
		List<ScorecardBoard.Row> rows = (seen.kind() == KpiScope.Kind.COMPANY) ? board.rows()
				: board.ofTeam(seen.teamId());
		return new Table(board, rows);
	}

	public Person person(UserPrincipal user, String username, KpiPeriod period) {
		this.access.person(user, username);
		ScoredRole role = roleOf(username);
		List<ScorecardBoard.Board> boards = new ArrayList<>();
		KpiPeriod each = period;
		for (int i = 0; i < TREND_PERIODS; i++) {
			boards.add(0, this.boards.of(role, each));
			each = each.previous();
		}
		ScorecardBoard.Board board = boards.get(TREND_PERIODS - 1);
		ScorecardBoard.Row row = board.row(username).orElseThrow(() -> notFound(username));
		List<TrendPoint> trend = new ArrayList<>();
		for (ScorecardBoard.Board past : boards) {
			past.row(username)
				.ifPresent((r) -> trend.add(new TrendPoint(past.period().from(), past.period().to(), r.scored().score(),
						r.scored().rank(), r.scored().quartile(), r.scored().peerCount(), r.scored().tooNewToRate())));
		}
		return new Person(board, row, trend);
	}

	private ScoredRole roleOf(String username) {
		for (ScoredRole role : ScoredRole.values()) {
			if (this.peers.of(role).stream().anyMatch((peer) -> peer.username().equalsIgnoreCase(username))) {
				return role;
			}
		}
		throw notFound(username);
	}

	private static NotFoundException notFound(String username) {
		return new NotFoundException(EvaluationAccess.ENTITY, username);
	}

	/** Whether the user has a scorecard of their own (a rep or a manager). */
	public static boolean scored(UserPrincipal user) {
		return user.hasAnyRole(Role.REP, Role.MANAGER);
	}

}
