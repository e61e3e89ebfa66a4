package org.salesteam.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesteam.evaluation.internal.ImbalanceFlags;
import org.salesteam.evaluation.internal.PeerScoring;
import org.salesteam.evaluation.internal.ScorecardBoard;
import org.salesteam.evaluation.internal.ScorecardMetrics;
import org.salesteam.evaluation.internal.ScoredRole;
import org.salesteam.evaluation.internal.ScorecardTemplates;
import org.salesteam.performance.KpiUnit;
import org.salesteam.platform.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Scorecard rows as the pages and the export show them: names translated, values as text
 * by their unit ("—" when undefined), flags with their evidence in words.
 */
@Component
class ScorecardRows {

	record MetricText(String code, String name, String value, BigDecimal percentile) {

		/** The percentile rounded to a step of 5, for the bar's width class. */
		public int bar() {
			return (this.percentile == null) ? 0 : (int) Math.round(this.percentile.doubleValue() / 5) * 5;
		}

	}

	record EvidenceLine(String name, String value, BigDecimal percentile, String median) {
	}

	record FlagText(String code, String name, String rule, boolean positive, List<EvidenceLine> lines,
			Map<String, Object> thresholds, Map<String, Object> links) {
	}

	record RowText(String username, String displayName, BigDecimal score, Integer rank, Integer quartile, int peerCount,
			boolean tooNewToRate, String potentialCapture, List<MetricText> metrics, List<FlagText> flags) {
	}

	private final MessageSource messages;

	private final ScorecardMetrics catalogue;

	private final Formats formats;

	ScorecardRows(MessageSource messages, ScorecardMetrics catalogue, Formats formats) {
		this.messages = messages;
		this.catalogue = catalogue;
		this.formats = formats;
	}

	/** Code → translated name of the template's metrics. */
	Map<String, String> names(List<ScorecardTemplates.Line> metrics) {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		metrics.forEach((metric) -> names.put(metric.code(), name(metric.code())));
		return names;
	}

	List<RowText> of(ScoredRole role, List<ScorecardBoard.Row> rows) {
		List<RowText> texts = new ArrayList<>();
		for (ScorecardBoard.Row row : rows) {
			PeerScoring.Scored scored = row.scored();
			List<MetricText> metrics = scored.metrics()
				.stream()
				.map((m) -> new MetricText(m.code(), name(m.code()), value(role, m.code(), m.value()), m.percentile()))
				.toList();
			List<FlagText> flags = row.flags().stream().map((flag) -> flag(role, flag)).toList();
			texts.add(new RowText(row.peer().username(), row.peer().displayName(), scored.score(), scored.rank(),
					scored.quartile(), scored.peerCount(), scored.tooNewToRate(),
					(row.potentialCapture() != null) ? this.formats.percent(row.potentialCapture()) : Formats.UNDEFINED,
					metrics, flags));
		}
		return texts;
	}

	@SuppressWarnings("unchecked")
	private FlagText flag(ScoredRole role, ImbalanceFlags.Flag flag) {
		Map<String, Object> values = (Map<String, Object>) flag.evidence().get("values");
		Map<String, Object> percentiles = (Map<String, Object>) flag.evidence().get("percentiles");
		Map<String, Object> medians = (Map<String, Object>) flag.evidence().get("peerMedians");
		List<EvidenceLine> lines = new ArrayList<>();
		values.forEach((code, value) -> lines.add(new EvidenceLine(name(code), value(role, code, (BigDecimal) value),
				(BigDecimal) percentiles.get(code), value(role, code, (BigDecimal) medians.get(code)))));
		return new FlagText(flag.code(), text("evaluation.flag." + flag.code()),
				text("evaluation.flag." + flag.code() + ".rule"), flag.positive(), lines,
				plain((Map<String, Object>) flag.evidence().get("thresholds")),
				(Map<String, Object>) flag.evidence().get("links"));
	}

	/** Thresholds as written ("75", "0.1"), not with the column's four decimals. */
	private static Map<String, Object> plain(Map<String, Object> thresholds) {
		Map<String, Object> plain = new java.util.LinkedHashMap<>();
		thresholds.forEach((name, value) -> plain.put(name,
				(value instanceof BigDecimal number) ? number.stripTrailingZeros().toPlainString() : value));
		return plain;
	}

	/**
	 * Where the board's flags come from, in words: stored when the period closed (a
	 * threshold change does not rewrite them) or computed live (ADR 0044).
	 */
	String flagSource(ScorecardBoard.Board board) {
		if (board.flagsStoredAt() == null) {
			return text("evaluation.flags.live");
		}
		return this.messages.getMessage("evaluation.flags.stored",
				new Object[] { this.formats.dateTime(board.flagsStoredAt()) }, LocaleContextHolder.getLocale());
	}

	/**
	 * The module's own metrics and flag figures by their evaluation name, KPIs by theirs.
	 */
	String name(String code) {
		String own = this.messages.getMessage("evaluation.metric." + code, null, null, LocaleContextHolder.getLocale());
		return (own != null) ? own : text("performance.kpi." + code + ".name");
	}

	String value(ScoredRole role, String code, BigDecimal value) {
		if (value == null) {
			return Formats.UNDEFINED;
		}
		// the flags' own figures (…_SHARE) are shares
		KpiUnit unit = this.catalogue.find(role, code)
			.map(ScorecardMetrics.Metric::unit)
			.orElse(code.endsWith("_SHARE") ? KpiUnit.PERCENT : KpiUnit.COUNT);
		return switch (unit) {
			case MONEY -> this.formats.money(value);
			case PERCENT -> this.formats.percent(value);
			case COUNT, MINUTES -> this.formats.number(value);
		};
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
