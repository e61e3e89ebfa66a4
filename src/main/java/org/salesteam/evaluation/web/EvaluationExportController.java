package org.salesteam.evaluation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salesteam.evaluation.internal.ScorecardQueries;
import org.salesteam.evaluation.internal.ScorecardTemplates;
import org.salesteam.evaluation.internal.ScoredRole;
import org.salesteam.performance.KpiScope;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /evaluation/scorecards.xlsx}: the scorecard table of a scope and year as Excel —
 * the same rows, with the same rights, as the page: rank, person, score, quartile, each
 * metric's value and percentile, potential capture, flags. Scores and percentiles are
 * numbers; undefined is empty.
 */
@Controller
class EvaluationExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ScorecardQueries queries;

	private final ScorecardRows rows;

	private final MessageSource messages;

	EvaluationExportController(ScorecardQueries queries, ScorecardRows rows, MessageSource messages) {
		this.queries = queries;
		this.rows = rows;
		this.messages = messages;
	}

	@GetMapping("/evaluation/scorecards.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(defaultValue = "company") String scope, @RequestParam(required = false) String role,
			@RequestParam int year) throws IOException {
		ScoredRole asked = (role != null) ? ScoredRole.parse(role) : ScoredRole.REP;
		ScorecardQueries.Table table = this.queries.table(user, KpiScope.parse(scope), asked,
				this.queries.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		List<ScorecardRows.RowText> texts = this.rows.of(asked, table.rows());
		List<ScorecardTemplates.Line> metrics = table.board().template().metrics();
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(text("evaluation.table.title"));
			Row header = sheet.createRow(0);
			int c = 0;
			for (String key : List.of("evaluation.rank", "evaluation.person", "evaluation.score",
					"evaluation.quartile")) {
				header.createCell(c++).setCellValue(text(key));
			}
			for (ScorecardTemplates.Line metric : metrics) {
				header.createCell(c++).setCellValue(this.rows.name(metric.code()) + " (" + metric.weight() + ")");
				header.createCell(c++).setCellValue(text("evaluation.percentile"));
			}
			header.createCell(c++).setCellValue(text("evaluation.potentialCapture"));
			header.createCell(c).setCellValue(text("evaluation.flags"));
			int r = 1;
			for (ScorecardRows.RowText text : texts) {
				Row row = sheet.createRow(r++);
				int col = 0;
				if (text.rank() != null) {
					row.createCell(col).setCellValue(text.rank());
				}
				col++;
				row.createCell(col++).setCellValue(text.displayName());
				if (text.score() != null) {
					row.createCell(col).setCellValue(text.score().doubleValue());
				}
				col++;
				row.createCell(col++)
					.setCellValue(text.tooNewToRate() ? text("evaluation.tooNew")
							: (text.quartile() != null) ? text("evaluation.quartile." + text.quartile()) : "");
				for (ScorecardRows.MetricText metric : text.metrics()) {
					row.createCell(col++).setCellValue(metric.value());
					if (metric.percentile() != null) {
						row.createCell(col).setCellValue(metric.percentile().doubleValue());
					}
					col++;
				}
				row.createCell(col++).setCellValue(text.potentialCapture());
				row.createCell(col)
					.setCellValue(String.join(", ", text.flags().stream().map(ScorecardRows.FlagText::name).toList()));
			}
			sheet.createFreezePane(2, 1);
			book.write(out);
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("scorecards-" + year + ".xlsx").build().toString())
				.body(out.toByteArray());
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
