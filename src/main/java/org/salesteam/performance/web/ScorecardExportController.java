package org.salesteam.performance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiUnit;
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
 * reps, or its teams and territories. Undefined values are "—". The scorecard sheet names
 * the scope as the dashboard does, states the period, its comparison periods and the time
 * of export (local, to the minute) above a frozen header; numbers are numbers, formatted
 * by unit (money {@code ¥#,##0.00}, fractions {@code 0.0%}, counts {@code #,##0}).
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

	private final Formats fmt;

	ScorecardExportController(Kpis kpis, Scorecards scorecards, ScopeChoices choices, MessageSource messages,
			Clock clock, Formats fmt) {
		this.fmt = fmt;
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
			Styles styles = new Styles(workbook);
			scorecard(workbook.createSheet(text("performance.export.sheet.scorecard")), styles, user, asked, range);
			List<ScopeChoices.Choice> compared = switch (asked.scope().kind()) {
				case TEAM -> this.choices.repsOf(asked.scope().teamId());
				case COMPANY -> concat(this.choices.teams(), this.choices.territories());
				default -> List.of();
			};
			if (!compared.isEmpty()) {
				comparison(workbook.createSheet(text("performance.export.sheet.comparison")), styles, asked, compared,
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

	private void scorecard(Sheet sheet, Styles styles, UserPrincipal user, VisibleScope scope, KpiPeriod range) {
		String name = this.choices.nameOf(user, scope.scope());
		String kind = text("performance.scope." + scope.scope().kind().name());
		row(sheet, 0, styles, List.of(text("performance.scope"), (name != null) ? kind + " · " + name : kind));
		row(sheet, 1, styles, List.of(text("performance.period"), span(range)));
		boolean oneColumn = range.previousIsLastYear();
		row(sheet, 2, styles,
				oneColumn ? List.of(text("performance.column.lastYear"), span(range.lastYear()))
						: List.of(text("performance.column.previous"), span(range.previous()),
								text("performance.column.lastYear"), span(range.lastYear())));
		row(sheet, 3, styles, List.of(text("performance.export.exportedAt"), this.fmt.dateTime(this.clock.instant())));
		int header = 5;
		List<String> columns = new java.util.ArrayList<>(List.of(text("performance.column.code"),
				text("performance.column.kpi"), text("performance.column.value"), text("performance.column.numerator"),
				text("performance.column.denominator"), text("performance.column.previous")));
		if (oneColumn) {
			columns.set(5, text("performance.column.lastYear"));
		}
		else {
			columns.add(text("performance.column.lastYear"));
		}
		columns.add(text("performance.column.formula"));
		Row head = sheet.createRow(header);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = head.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(styles.bold);
		}
		int r = header + 1;
		for (Scorecards.Line line : this.scorecards.of(scope, range)) {
			String code = line.definition().code();
			KpiUnit unit = line.definition().unit();
			Row row = sheet.createRow(r++);
			int c = 0;
			text(row, c++, code);
			text(row, c++, text(line.definition().nameKey()));
			number(row, c++, line.now().value(), unit, styles);
			number(row, c++, line.now().numerator(), ScoreRow.numeratorUnit(code), styles);
			number(row, c++, line.definition().ratio() ? line.now().denominator() : null,
					ScoreRow.denominatorUnit(code), styles);
			number(row, c++, line.previous().value(), unit, styles);
			if (!oneColumn) {
				number(row, c++, line.lastYear().value(), unit, styles);
			}
			text(row, c, text(line.definition().formulaKey()));
		}
		sheet.createFreezePane(0, header + 1);
		sheet.setColumnWidth(0, 26 * 256);
		sheet.setColumnWidth(1, 30 * 256);
		for (int i = 2; i < columns.size() - 1; i++) {
			sheet.setColumnWidth(i, 18 * 256);
		}
		sheet.setColumnWidth(columns.size() - 1, 80 * 256);
	}

	private void comparison(Sheet sheet, Styles styles, VisibleScope asked, List<ScopeChoices.Choice> scopes,
			KpiPeriod range) {
		List<Object> header = new java.util.ArrayList<>(List.of(text("performance.scope")));
		Scorecards.COMPARED.forEach((code) -> header.add(text("performance.kpi." + code + ".name")));
		row(sheet, 0, styles, header);
		List<KpiUnit> units = Scorecards.COMPARED.stream()
			.map((code) -> this.kpis.find(code).orElseThrow().unit())
			.toList();
		int r = 1;
		for (Scorecards.Compared compared : this.scorecards.compare(asked.viewer(), scopes, range, "SALES", false)) {
			Row row = sheet.createRow(r++);
			text(row, 0, (compared.scope().name() != null) ? compared.scope().name() : compared.scope().value());
			for (int i = 0; i < compared.values().size(); i++) {
				number(row, i + 1, compared.values().get(i).value(), units.get(i), styles);
			}
		}
		sheet.createFreezePane(1, 1);
		sheet.setColumnWidth(0, 24 * 256);
		for (int i = 1; i <= Scorecards.COMPARED.size(); i++) {
			sheet.setColumnWidth(i, 16 * 256);
		}
	}

	private String span(KpiPeriod period) {
		return this.fmt.date(period.from()) + " ~ " + this.fmt.date(period.to());
	}

	/** A row of labels, the first of each pair bold. */
	private static void row(Sheet sheet, int index, Styles styles, List<?> values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.size(); i++) {
			Cell cell = row.createCell(i);
			Object value = values.get(i);
			cell.setCellValue((value != null) ? value.toString() : Formats.UNDEFINED);
			if (i % 2 == 0 || index == 0) {
				cell.setCellStyle(styles.bold);
			}
		}
	}

	private static void text(Row row, int column, String value) {
		row.createCell(column).setCellValue((value != null) ? value : Formats.UNDEFINED);
	}

	/** A number with its unit's format, or "—" when undefined. */
	private static void number(Row row, int column, BigDecimal value, KpiUnit unit, Styles styles) {
		Cell cell = row.createCell(column);
		if (value == null) {
			cell.setCellValue(Formats.UNDEFINED);
			return;
		}
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(styles.of(unit, value));
	}

	/** The workbook's cell styles: bold labels and one number format per unit. */
	private static final class Styles {

		final CellStyle bold;

		final CellStyle money;

		final CellStyle percent;

		final CellStyle count;

		final CellStyle decimal;

		Styles(XSSFWorkbook workbook) {
			this.bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold.setFont(font);
			DataFormat formats = workbook.createDataFormat();
			this.money = format(workbook, formats, "\u00a5#,##0.00");
			this.percent = format(workbook, formats, "0.0%");
			this.count = format(workbook, formats, "#,##0");
			this.decimal = format(workbook, formats, "#,##0.00");
		}

		/** Counts and minutes without decimals when whole, else with two. */
		CellStyle of(KpiUnit unit, BigDecimal value) {
			return switch (unit) {
				case MONEY -> this.money;
				case PERCENT -> this.percent;
				case COUNT, MINUTES -> (value.stripTrailingZeros().scale() <= 0) ? this.count : this.decimal;
			};
		}

		private static CellStyle format(XSSFWorkbook workbook, DataFormat formats, String pattern) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(formats.getFormat(pattern));
			return style;
		}

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
