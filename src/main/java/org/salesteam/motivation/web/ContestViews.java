package org.salesteam.motivation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.salesteam.motivation.ContestStatus;
import org.salesteam.motivation.internal.Contest;
import org.salesteam.motivation.internal.ContestDraft;
import org.salesteam.motivation.internal.ContestEvaluation;
import org.salesteam.motivation.internal.FairnessCheck;
import org.salesteam.motivation.internal.Leaderboards;
import org.salesteam.motivation.internal.Standings;

/** The API's answers about contests. */
final class ContestViews {

	private ContestViews() {
	}

	record Created(long id, ContestStatus status) {
	}

	record ContestView(long id, String name, String theme, String kpiCode, LocalDate from, LocalDate to, int graceDays,
			String scoring, String prizeMode, Integer topN, BigDecimal threshold, ContestDraft.Tiers tiers,
			String prizes, BigDecimal prizeCost, BigDecimal budget, String rulesText, BigDecimal assistShare,
			java.util.Map<String, Object> filters, Set<Long> teamIds, Set<String> usernames, Set<String> support,
			Set<String> committee, int rulesVersion, Instant launchedAt, String overrideReason, ContestStatus status) {
	}

	record RowView(String username, String displayName, boolean support, BigDecimal value, BigDecimal baseline,
			BigDecimal target, BigDecimal potential, BigDecimal score, Integer rank, String group, String note,
			String prize, BigDecimal nextLevel) {
	}

	/** A team's line of the team ranking; {@code prize} TEAM_WINNER or null. */
	record TeamView(long teamId, String name, int reps, int ranked, BigDecimal score, Integer rank, String prize) {
	}

	record BoardView(long id, ContestStatus status, String kpiCode, LocalDate from, LocalDate to, List<RowView> rows,
			List<TeamView> teams) {
	}

	record FairnessView(String verdict, List<String> reasons, BigDecimal gini, BigDecimal topQuartileShare,
			List<FairnessCheck.Window> windows, List<FairnessCheck.CheckItem> checklist) {
	}

	record EvaluationView(long id, ContestStatus status, BigDecimal preDip, BigDecimal lift, BigDecimal postDip,
			BigDecimal netIncrementalProfit, BigDecimal roi, String verdict, BigDecimal prizeCost, BigDecimal trend,
			BigDecimal marginRate, BigDecimal marginChange, BigDecimal cancellationChange, BigDecimal endLoadingShare,
			List<ContestEvaluation.Window> windows, int controlReps, String baselineMethod) {
	}

	static ContestView contest(Contest c, ContestStatus status) {
		return new ContestView(c.getId(), c.getName(), c.getTheme(), c.getKpiCode(), c.getFrom(), c.getTo(),
				c.getGraceDays(), c.getScoring().name(), c.getPrizeMode().name(), c.getTopN(), c.getThreshold(),
				c.getTiers(), c.getPrizes(), c.getPrizeCost(), c.getBudget(), c.getRulesText(), c.getAssistShare(),
				c.getFilters().asMap(), c.getTeamIds(), c.getReps(), c.getSupport(), c.getCommittee(),
				c.getRulesVersion(), c.getLaunchedAt(), c.getOverrideReason(), status);
	}

	static BoardView board(Leaderboards.Board board) {
		List<RowView> rows = board.rows().stream().map((row) -> row(row, board.names().get(row.username()))).toList();
		Contest c = board.contest();
		List<TeamView> teams = board.teams()
			.stream()
			.map((t) -> new TeamView(t.teamId(), board.teamNames().get(t.teamId()), t.reps(), t.ranked(), t.score(),
					t.rank(), t.winner() ? "TEAM_WINNER" : null))
			.toList();
		return new BoardView(c.getId(), board.status(), c.getKpiCode(), c.getFrom(), c.getTo(), rows, teams);
	}

	static RowView row(Standings.Row row, String name) {
		return new RowView(row.username(), name, row.support(), row.value(), row.baseline(), row.target(),
				row.potential(), row.score(), row.rank(), row.group(), row.note(), row.prize(), row.nextLevel());
	}

	static FairnessView fairness(FairnessCheck.Result result) {
		return new FairnessView(result.verdict().verdict(), result.verdict().reasons(), result.verdict().gini(),
				result.verdict().topQuartileShare(), result.windows(), result.checklist());
	}

	static EvaluationView evaluation(ContestEvaluation.Evaluation e) {
		return new EvaluationView(e.contest().getId(), e.status(), e.figures().preDip(), e.figures().lift(),
				e.figures().postDip(), e.figures().netIncrementalProfit(), e.figures().roi(), e.figures().verdict(),
				e.contest().getPrizeCost(), e.trend(), e.marginRate(), e.marginChange(), e.cancellationChange(),
				e.endLoadingShare(), e.windows(), e.controlReps(), e.baselineMethod());
	}

}
