package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.platform.UserNames;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competitors' retention estimates (比较竞争对手, ADR 0051): per year, a manager, director or
 * admin records the estimated yearly loss rate of each main competitor with its source
 * (others 403); everyone reads them beside our measured loss rate of that year
 * ({@link LossRates}, the customers the reader sees, the year up to 31 December or today)
 * and the acceptable one — the classes' targets weighted by their customers at the start.
 * A 422 names the field: {@code year} (missing or outside 2000–2100), {@code competitor}
 * (blank, over 100 characters, or already estimated for the year), {@code lossRate}
 * (missing or outside 0–100), {@code source} (over 300 characters); nothing is written.
 */
@Service
public class CompetitorEstimates {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The input of an estimate. */
	public record Input(Integer year, String competitor, BigDecimal lossRate, String source) {
	}

	/**
	 * One competitor's estimate, with its difference to our rate in points (theirs −
	 * ours).
	 */
	public record Line(long id, String competitor, BigDecimal lossRate, String source, String recordedByName,
			LocalDate recordedOn, BigDecimal differencePoints) {
	}

	/**
	 * The year's comparison: our customers at the start, lost, our loss rate, the
	 * acceptable rate, and the competitors (lowest loss rate first).
	 */
	public record Comparison(int year, LocalDate from, LocalDate asOf, long customersAtStart, long lost,
			BigDecimal ourLossRate, BigDecimal acceptableLossRate, boolean overAcceptable, List<Line> competitors) {
	}

	private final CompetitorEstimateRepository estimates;

	private final LossRates lossRates;

	private final UserNames names;

	private final Clock clock;

	CompetitorEstimates(CompetitorEstimateRepository estimates, LossRates lossRates, UserNames names, Clock clock) {
		this.estimates = estimates;
		this.lossRates = lossRates;
		this.names = names;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Comparison comparison(UserPrincipal user, int year) {
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		LocalDate today = LocalDate.now(this.clock);
		LossRates.Result loss = this.lossRates.of(user, null, yearEnd.isAfter(today) ? today : yearEnd);
		long atStart = 0;
		long lost = 0;
		BigDecimal allowed = BigDecimal.ZERO;
		for (LossRates.ClassLoss customerClass : loss.classes()) {
			atStart += customerClass.customersAtStart();
			lost += customerClass.lost();
			if (customerClass.targetRate() != null) {
				allowed = allowed
					.add(customerClass.targetRate().multiply(BigDecimal.valueOf(customerClass.customersAtStart())));
			}
		}
		BigDecimal ours = (atStart == 0) ? null
				: BigDecimal.valueOf(lost * 100).divide(BigDecimal.valueOf(atStart), 1, RoundingMode.HALF_UP);
		BigDecimal acceptable = (atStart == 0) ? null
				: allowed.divide(BigDecimal.valueOf(atStart), 1, RoundingMode.HALF_UP);
		List<CompetitorEstimate> found = this.estimates.findByEstimateYearOrderByLossRateAscCompetitorAsc(year);
		Map<Long, String> recorders = this.names
			.displayNames(found.stream().map(CompetitorEstimate::getRecordedBy).distinct().toList());
		List<Line> competitors = found.stream()
			.map((estimate) -> new Line(estimate.getId(), estimate.getCompetitor(), estimate.getLossRate(),
					estimate.getSource(), recorders.get(estimate.getRecordedBy()), estimate.getRecordedOn(),
					(ours != null) ? estimate.getLossRate().subtract(ours) : null))
			.toList();
		return new Comparison(year, loss.from(), loss.asOf(), atStart, lost, ours, acceptable,
				ours != null && acceptable != null && ours.compareTo(acceptable) > 0, competitors);
	}

	@Transactional
	public long record(UserPrincipal user, Input input) {
		requireRecorder(user);
		if (input.year() == null || input.year() < 2000 || input.year() > 2100) {
			throw BusinessRuleException.onField("year", "retention.error.estimateYear");
		}
		String competitor = checked(input, input.year(), 0L);
		return this.estimates
			.save(new CompetitorEstimate(input.year(), competitor, input.lossRate(), blankless(input.source()),
					user.id(), LocalDate.now(this.clock)))
			.getId();
	}

	/** Changes an estimate's competitor, rate and source; its year stays. */
	@Transactional
	public void change(UserPrincipal user, long id, Input input) {
		requireRecorder(user);
		CompetitorEstimate estimate = this.estimates.findById(id)
			.orElseThrow(() -> new NotFoundException("retention.entity.competitorEstimate", id));
		String competitor = checked(input, estimate.getEstimateYear(), id);
		estimate.change(competitor, input.lossRate(), blankless(input.source()), user.id(), LocalDate.now(this.clock));
	}

	@Transactional
	public void delete(UserPrincipal user, long id) {
		requireRecorder(user);
		CompetitorEstimate estimate = this.estimates.findById(id)
			.orElseThrow(() -> new NotFoundException("retention.entity.competitorEstimate", id));
		this.estimates.delete(estimate);
	}

	/**
	 * The trimmed competitor's name after the checks of the competitor, rate and source.
	 */
	private String checked(Input input, int year, long exceptId) {
		String competitor = blankless(input.competitor());
		if (competitor == null) {
			throw BusinessRuleException.onField("competitor", "retention.error.required");
		}
		if (competitor.length() > 100) {
			throw BusinessRuleException.onField("competitor", "retention.error.tooLong", 100);
		}
		if (this.estimates.existsByEstimateYearAndCompetitorKeyAndIdNot(year, CompetitorEstimate.key(competitor),
				exceptId)) {
			throw BusinessRuleException.onField("competitor", "retention.error.competitorTwice", competitor, year);
		}
		BigDecimal rate = input.lossRate();
		if (rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
			throw BusinessRuleException.onField("lossRate", "retention.error.lossRate");
		}
		if (input.source() != null && input.source().trim().length() > 300) {
			throw BusinessRuleException.onField("source", "retention.error.tooLong", 300);
		}
		return competitor;
	}

	private static String blankless(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static void requireRecorder(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("competitors' estimates are recorded by managers");
		}
	}

}
