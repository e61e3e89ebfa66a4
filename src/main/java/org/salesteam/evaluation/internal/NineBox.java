package org.salesteam.evaluation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 9-box of a scope's reps (managers of the scope and directors; reps 403, like the
 * scorecard tables): each rep placed by their latest potential review — performance from
 * the rep's quartile on the live scorecard of the review's period (1 high, 2–3 medium, 4
 * low; a late order or a corrected goal moves it), potential from the review's answers
 * (promote now high, a candidate in six months or a year medium, not a candidate low), or
 * where a director calibrated it. The quartile copied onto the review when it was written
 * is shown beside the live one ({@code reviewQuartile}) — the review keeps its history.
 * Reps without a review, or without a live quartile (too new or too few peers), are
 * listed apart.
 */
@Service
public class NineBox {

	/** A rep in the grid (or apart). */
	public record Placed(String username, String displayName, Long reviewId, Integer quartile, Integer reviewQuartile,
			PotentialReview.Level performance, PotentialReview.Level potential, boolean calibrated,
			String calibrationReason) {
	}

	/** One of the nine boxes. */
	public record Box(PotentialReview.Level performance, PotentialReview.Level potential, List<Placed> people) {
	}

	/** The grid, high potential first, and the reps not placed. */
	public record Grid(List<Box> boxes, List<Placed> unplaced) {
	}

	private final EvaluationAccess access;

	private final Peers peers;

	private final PotentialReviewRepository reviews;

	private final ScorecardBoard boards;

	NineBox(EvaluationAccess access, Peers peers, PotentialReviewRepository reviews, ScorecardBoard boards) {
		this.access = access;
		this.peers = peers;
		this.reviews = reviews;
		this.boards = boards;
	}

	@Transactional(readOnly = true)
	public Grid of(UserPrincipal user, KpiScope scope) {
		KpiScope seen = this.access.table(user, scope);
		List<Peers.Peer> reps = this.peers.of(ScoredRole.REP)
			.stream()
			.filter((rep) -> seen.kind() == KpiScope.Kind.COMPANY || rep.teamIds().contains(seen.teamId()))
			.toList();
		Map<Long, PotentialReview> latest = new HashMap<>();
		Set<Long> ids = new HashSet<>();
		reps.forEach((rep) -> ids.add(rep.id()));
		for (PotentialReview review : this.reviews.findByRepIdInOrderByPeriodToDescIdDesc(ids)) {
			latest.putIfAbsent(review.getRepId(), review);
		}
		Map<KpiPeriod, ScorecardBoard.Board> boardsByPeriod = new HashMap<>();
		Map<String, List<Placed>> byBox = new HashMap<>();
		List<Placed> unplaced = new ArrayList<>();
		for (Peers.Peer rep : reps) {
			PotentialReview review = latest.get(rep.id());
			if (review == null) {
				unplaced.add(new Placed(rep.username(), rep.displayName(), null, null, null, null, null, false, null));
				continue;
			}
			Integer live = liveQuartile(boardsByPeriod, review, rep.username());
			Placed placed = new Placed(rep.username(), rep.displayName(), review.getId(), live, review.getQuartile(),
					review.performance(live), review.potential(), review.isCalibrated(), review.getCalibrationReason());
			if (placed.performance() == null) {
				unplaced.add(placed);
			}
			else {
				byBox.computeIfAbsent(placed.performance() + "/" + placed.potential(), (k) -> new ArrayList<>())
					.add(placed);
			}
		}
		List<Box> boxes = new ArrayList<>();
		for (PotentialReview.Level potential : PotentialReview.Level.values()) {
			for (PotentialReview.Level performance : List.of(PotentialReview.Level.LOW, PotentialReview.Level.MEDIUM,
					PotentialReview.Level.HIGH)) {
				boxes
					.add(new Box(performance, potential, byBox.getOrDefault(performance + "/" + potential, List.of())));
			}
		}
		return new Grid(boxes, unplaced);
	}

	/**
	 * The rep's quartile on the scorecard of the review's period now (one board a
	 * period).
	 */
	private Integer liveQuartile(Map<KpiPeriod, ScorecardBoard.Board> boardsByPeriod, PotentialReview review,
			String username) {
		KpiPeriod period = new KpiPeriod(review.getPeriodFrom(), review.getPeriodTo());
		return boardsByPeriod.computeIfAbsent(period, (p) -> this.boards.of(ScoredRole.REP, p))
			.row(username)
			.map((row) -> row.scored().quartile())
			.orElse(null);
	}

}
