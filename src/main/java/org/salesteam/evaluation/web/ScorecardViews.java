package org.salesteam.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.evaluation.internal.ScorecardBoard;
import org.salesteam.evaluation.internal.ScorecardQueries;
import org.salesteam.evaluation.internal.ScorecardTemplates;

/** The JSON forms of the scorecard API (issue 15's contract). */
final class ScorecardViews {

	record TemplateView(String role, LocalDate validFrom, List<ScorecardTemplates.Line> metrics) {

		static TemplateView of(ScorecardTemplates.View view) {
			return new TemplateView(view.role().name(), view.validFrom(), view.metrics());
		}

	}

	record MetricView(String code, BigDecimal value, BigDecimal percentile) {
	}

	record FlagView(String code, boolean positive, Map<String, Object> evidence) {
	}

	record RowView(String username, String displayName, BigDecimal score, Integer rank, Integer quartile, int peerCount,
			boolean tooNewToRate, BigDecimal potentialCapture, List<MetricView> metrics, List<FlagView> flags) {

		static RowView of(ScorecardBoard.Row row) {
			return new RowView(row.peer().username(), row.peer().displayName(), row.scored().score(),
					row.scored().rank(), row.scored().quartile(), row.scored().peerCount(), row.scored().tooNewToRate(),
					row.potentialCapture(),
					row.scored()
						.metrics()
						.stream()
						.map((m) -> new MetricView(m.code(), m.value(), m.percentile()))
						.toList(),
					row.flags().stream().map((f) -> new FlagView(f.code(), f.positive(), f.evidence())).toList());
		}

	}

	record Table(TemplateView template, LocalDate from, LocalDate to, List<RowView> rows) {
	}

	record PersonView(String username, String displayName, BigDecimal score, Integer rank, Integer quartile,
			int peerCount, boolean tooNewToRate, BigDecimal potentialCapture, List<MetricView> metrics,
			List<FlagView> flags, TemplateView template, LocalDate from, LocalDate to,
			List<ScorecardQueries.TrendPoint> trend) {
	}

	private ScorecardViews() {
	}

	static Table table(ScorecardBoard.Board board, List<ScorecardBoard.Row> rows) {
		return new Table(TemplateView.of(board.template()), board.period().from(), board.period().to(),
				rows.stream().map(RowView::of).toList());
	}

	static PersonView person(ScorecardQueries.Person person) {
		RowView row = RowView.of(person.row());
		return new PersonView(row.username(), row.displayName(), row.score(), row.rank(), row.quartile(),
				row.peerCount(), row.tooNewToRate(), row.potentialCapture(), row.metrics(), row.flags(),
				TemplateView.of(person.board().template()), person.board().period().from(),
				person.board().period().to(), person.trend());
	}

}
