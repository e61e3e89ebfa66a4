package org.salesteam.performance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.VisibleScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.internal.ScopeChoices;
import org.salesteam.performance.internal.Scorecards;
import org.salesteam.platform.Formats;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /performance/export.xlsx}: the scorecard of a visible scope and period as an
 * Excel file — one sheet with every KPI (value, numerator, denominator, previous period,
 * same period last year, formula) and, for a team or the company, a sheet comparing its
 * reps, or its teams and territories. Undefined values are "—".
 */
@Controller
class ScorecardExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Kpis kpis;

	private final Scorecards scorecards;

	private final ScopeChoices choices;

	private final MessageSource messages;

	private final Clock clock;

	ScorecardExportController(Kpis kpis, Scorecards scorecards, ScopeChoices choices, MessageSource messages,
			Clock clock) {
		this.kpis = kpis;
		this.scorecards = scorecards;
		this.choices = choices;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/performance/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
			throws IOException {
		VisibleScope asked = scope;
		KpiPeriod range = new DashboardRequest(period, from, to).resolve(this.clock);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = bold(workbook);
			scorecard(workbook.createSheet(text("performance.export.sheet.scorecard")), bold, asked, range);
			List<ScopeChoices.Choice> compared = switch (asked.scope().kind()) {
				case TEAM -> this.choices.repsOf(asked.scope().teamId());
				case COMPANY -> concat(this.choices.teams(), this.choices.territories());
				default -> List.of();
			};
			if (!compared.isEmpty()) {
				comparison(workbook.createSheet(text("performance.export.sheet.comparison")), bold, asked, compared,
						range);
			}
			workbook.write(out);
			String name = "scorecard-" + asked.format().replace(':', '-') + "-" + range.from() + "-" + range.to()
					+ ".xlsx";
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name).build().toString())
				.body(out.toByteArray());
		}
	}

	private void scorecard(Sheet sheet, CellStyle bold, VisibleScope scope, KpiPeriod range) {
		row(sheet, 0, bold, List.of(text("performance.scope"), scope.format(), text("performance.period"),
				range.from() + " ~ " + range.to()));
		row(sheet, 2, bold,
				List.of(text("performance.column.code"), text("performance.column.kpi"),
						text("performance.column.value"), text("performance.column.numerator"),
						text("performance.column.denominator"), text("performance.column.previous"),
						text("performance.column.lastYear"), text("performance.column.formula")));
		int r = 3;
		for (Scorecards.Line line : this.scorecards.of(scope, range)) {
			row(sheet, r++, null,
					java.util.Arrays.asList(line.definition().code(), text(line.definition().nameKey()),
							line.now().value(), line.now().numerator(), line.now().denominator(),
							line.previous().value(), line.lastYear().value(), text(line.definition().formulaKey())));
		}
		sheet.setColumnWidth(1, 30 * 256);
		sheet.setColumnWidth(7, 80 * 256);
	}

	private void comparison(Sheet sheet, CellStyle bold, VisibleScope asked, List<ScopeChoices.Choice> scopes,
			KpiPeriod range) {
		List<Object> header = new java.util.ArrayList<>(List.of(text("performance.scope")));
		Scorecards.COMPARED.forEach((code) -> header.add(text("performance.kpi." + code + ".name")));
		row(sheet, 0, bold, header);
		int r = 1;
		for (Scorecards.Compared compared : this.scorecards.compare(asked.viewer(), scopes, range, "SALES", false)) {
			List<Object> values = new java.util.ArrayList<>();
			values.add((compared.scope().name() != null) ? compared.scope().name() : compared.scope().value());
			compared.values().stream().map(KpiValue::value).forEach(values::add);
			row(sheet, r++, null, values);
		}
		sheet.setColumnWidth(0, 24 * 256);
	}

	private static void row(Sheet sheet, int index, CellStyle style, List<?> values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.size(); i++) {
			Cell cell = row.createCell(i);
			Object value = values.get(i);
			if (value instanceof BigDecimal number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue((value != null) ? value.toString() : Formats.UNDEFINED);
			}
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	private static CellStyle bold(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		style.setFont(font);
		return style;
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
