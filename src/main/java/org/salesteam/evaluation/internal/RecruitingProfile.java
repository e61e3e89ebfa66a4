package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What recruiting looks for and whether the interview predicts it. The profile: on the
 * rep scorecard of the period (default the last closed year), each metric's median among
 * the company's top-quartile reps beside its median among all rated reps — what the best
 * here do differently. The check: once at least {@value #MIN_HIRES} hires have had a
 * first year (hired on + 1 year ≤ today), Spearman's rank correlation between their
 * interview score and their first-year scorecard score (the rep scorecard of [hired on,
 * hired on + 1 year − 1 day]); hires without interviews or without a first-year score are
 * left out.
 */
@Service
public class RecruitingProfile {

	/** Hires with a first year needed before the correlation is shown. */
	public static final int MIN_HIRES = 5;

	/** A metric: the top quartile's median beside everyone's. */
	public record Measure(String code, boolean lowerIsBetter, BigDecimal topQuartile, BigDecimal everyone) {
	}

	/** A hire with a first year: interview score and first-year score. */
	public record Hire(String username, BigDecimal interviewScore, BigDecimal firstYearScore) {
	}

	/** The profile and the check. */
	public record View(KpiPeriod period, int topQuartilePeople, List<Measure> measures, List<Hire> hires,
			BigDecimal spearman) {
	}

	private final ScorecardBoard boards;

	private final Recruiting recruiting;

	private final Clock clock;

	RecruitingProfile(ScorecardBoard boards, Recruiting recruiting, Clock clock) {
		this.boards = boards;
		this.recruiting = recruiting;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public View of(UserPrincipal user, KpiPeriod period) {
		Recruiting.requireReader(user);
		ScorecardBoard.Board board = this.boards.of(ScoredRole.REP, period);
		List<PeerScoring.Scored> rated = board.rows()
			.stream()
			.map(ScorecardBoard.Row::scored)
			.filter((s) -> !s.tooNewToRate())
			.toList();
		List<PeerScoring.Scored> top = rated.stream().filter((s) -> Integer.valueOf(1).equals(s.quartile())).toList();
		List<Measure> measures = board.template()
			.metrics()
			.stream()
			.map((line) -> new Measure(line.code(), line.lowerIsBetter(), median(values(top, line.code())),
					median(values(rated, line.code()))))
			.toList();
		List<Hire> hires = firstYears();
		BigDecimal rho = (hires.size() >= MIN_HIRES) ? RankCorrelation
			.spearman(hires.stream()
				.map((hire) -> new RankCorrelation.Pair(hire.interviewScore().doubleValue(),
						hire.firstYearScore().doubleValue()))
				.toList())
			.orElse(null) : null;
		return new View(board.period(), top.size(), measures, hires, rho);
	}

	private List<Hire> firstYears() {
		LocalDate today = LocalDate.now(this.clock);
		List<Hire> hires = new ArrayList<>();
		for (Recruiting.Shown hire : this.recruiting.hires()) {
			LocalDate on = hire.candidate().getHiredOn();
			if (on == null || on.plusYears(1).isAfter(today) || hire.summary().score() == null
					|| hire.hiredUsername() == null) {
				continue;
			}
			KpiPeriod year = new KpiPeriod(on, on.plusYears(1).minusDays(1));
			Optional<BigDecimal> score = this.boards.of(ScoredRole.REP, year)
				.row(hire.hiredUsername())
				.map((row) -> row.scored().score());
			score.ifPresent((s) -> hires.add(new Hire(hire.hiredUsername(), hire.summary().score(), s)));
		}
		return hires;
	}

	private static List<BigDecimal> values(List<PeerScoring.Scored> people, String code) {
		return people.stream()
			.flatMap((s) -> s.metrics().stream())
			.filter((m) -> m.code().equals(code))
			.map(PeerScoring.MetricScore::value)
			.filter(Objects::nonNull)
			.sorted()
			.toList();
	}

	/**
	 * The middle value, or the mean of the two middle ones (four decimals); null if none.
	 */
	static BigDecimal median(List<BigDecimal> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
	}

}
