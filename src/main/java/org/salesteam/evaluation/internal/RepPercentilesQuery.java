package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesteam.evaluation.RepPercentiles;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RepPercentiles} from the year's rep board ({@link ScorecardBoard}, computed once
 * for all asked reps) after the scorecard's visibility rule ({@link EvaluationAccess}).
 */
@Service
class RepPercentilesQuery implements RepPercentiles {

	private final ScorecardBoard boards;

	private final ScorecardQueries queries;

	private final ScorecardMetrics catalogue;

	private final EvaluationAccess access;

	RepPercentilesQuery(ScorecardBoard boards, ScorecardQueries queries, ScorecardMetrics catalogue,
			EvaluationAccess access) {
		this.boards = boards;
		this.queries = queries;
		this.catalogue = catalogue;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, List<MetricPercentile>> ofYear(UserPrincipal viewer, int year, Collection<String> usernames) {
		List<String> visible = usernames.stream().filter((username) -> sees(viewer, username)).toList();
		Map<String, List<MetricPercentile>> result = new LinkedHashMap<>();
		if (visible.isEmpty()) {
			return result;
		}
		ScorecardBoard.Board board = this.boards.of(ScoredRole.REP,
				this.queries.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		for (String username : visible) {
			board.row(username)
				.filter((row) -> !row.scored().tooNewToRate())
				.ifPresent((row) -> result.put(username,
						row.scored()
							.metrics()
							.stream()
							.map((metric) -> new MetricPercentile(metric.code(), isKpi(metric.code()),
									metric.percentile(), row.scored().peerCount()))
							.toList()));
		}
		return result;
	}

	private boolean isKpi(String code) {
		Optional<ScorecardMetrics.Metric> metric = this.catalogue.find(ScoredRole.REP, code);
		return metric.isPresent() && !metric.get().own();
	}

	private boolean sees(UserPrincipal viewer, String username) {
		try {
			this.access.person(viewer, username);
			return true;
		}
		catch (NotFoundException | AccessDeniedException ex) {
			return false;
		}
	}

}
