package org.salesteam.retention.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salesteam.retention.internal.AccountReviewPack;
import org.salesteam.retention.internal.AccountReviews;

import org.springframework.context.MessageSource;

/**
 * The annual review pack as an Excel workbook (ADR 0051): the same figures as the meeting
 * page's pack, four sheets with headers in the reader's language — the summary (the
 * period, sales against the year before, service requests with their on-time closure,
 * CSAT, NPS, detractors, open receivables), sales by product category with the total, the
 * key-account plan's objectives, and the meeting's actions. Figures are numeric cells
 * (money with two decimals, rates in per cent with one); a figure without a value (a mean
 * without answers, a change without sales the year before) is an empty cell. Text is
 * always a string cell, so nothing a user typed runs as a formula.
 */
final class ReviewPackWorkbook {

	private static final String PREFIX = "retention.reviewPack.";

	private final MessageSource messages;

	private final Locale locale;

	private CellStyle money;

	private CellStyle rate;

	private CellStyle header;

	ReviewPackWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The share of closed requests closed within their deadline, in per cent with one
	 * decimal; null when none was closed.
	 */
	static BigDecimal onTimePercent(long closed, long closedInTime) {
		if (closed == 0) {
			return null;
		}
		return BigDecimal.valueOf(closedInTime * 100).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
	}

	byte[] write(AccountReviews.Detail review) throws IOException {
		AccountReviewPack.Pack pack = review.pack();
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.money = book.createCellStyle();
			this.money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
			this.rate = book.createCellStyle();
			this.rate.setDataFormat(book.createDataFormat().getFormat("0.0"));
			this.header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			this.header.setFont(bold);
			summary(book, review, pack);
			categories(book, pack);
			List<Object[]> objectives = pack.objectives()
				.stream()
				.map((objective) -> new Object[] { objective.description(), kpiName(objective.kpiCode()),
						new Money(objective.target()) })
				.toList();
			table(book, "sheet.objectives", List.of("objective", "kpi", "target"), objectives);
			List<Object[]> actions = review.actions()
				.stream()
				.map((action) -> new Object[] { action.description(), action.ownerName(), action.dueOn().toString(),
						(action.doneOn() != null) ? action.doneOn().toString() : null })
				.toList();
			table(book, "sheet.actions", List.of("action", "owner", "due", "done"), actions);
			book.write(out);
			return out.toByteArray();
		}
	}

	private void summary(XSSFWorkbook book, AccountReviews.Detail review, AccountReviewPack.Pack pack) {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { text("customer"), review.customerName() });
		rows.add(new Object[] { text("year"), String.valueOf(review.year()) });
		rows.add(new Object[] { text("meetingDay"),
				((review.heldOn() != null) ? review.heldOn() : review.plannedOn()).toString() });
		rows.add(new Object[] { text("period"), pack.from() + " – " + pack.to() });
		rows.add(new Object[] { text("sales"), new Money(pack.sales()) });
		rows.add(new Object[] { text("salesYearBefore"), new Money(pack.salesYearBefore()) });
		rows.add(new Object[] { text("salesChange"), new Rate(pack.salesChangePercent()) });
		rows.add(new Object[] { text("requests"), pack.requests() });
		rows.add(new Object[] { text("complaints"), pack.complaints() });
		rows.add(new Object[] { text("closed"), pack.closed() });
		rows.add(new Object[] { text("closedInTime"), pack.closedInTime() });
		rows.add(new Object[] { text("onTime"), new Rate(onTimePercent(pack.closed(), pack.closedInTime())) });
		rows.add(new Object[] { text("meanCsat"), new Rate(decimal(pack.meanCsat())) });
		rows.add(new Object[] { text("meanNps"), new Rate(decimal(pack.meanNps())) });
		rows.add(new Object[] { text("detractors"), pack.detractors() });
		rows.add(new Object[] { text("receivables"), new Money(pack.openReceivables()) });
		table(book, "sheet.summary", List.of("item", "value"), rows);
	}

	private void categories(XSSFWorkbook book, AccountReviewPack.Pack pack) {
		List<Object[]> rows = new ArrayList<>();
		for (AccountReviewPack.CategorySales category : pack.categories()) {
			rows.add(new Object[] { category.category(), new Money(category.year()), new Money(category.yearBefore()),
					new Rate(category.changePercent()) });
		}
		rows.add(new Object[] { text("total"), new Money(pack.sales()), new Money(pack.salesYearBefore()),
				new Rate(pack.salesChangePercent()) });
		table(book, "sheet.categories", List.of("category", "year", "yearBefore", "change"), rows);
	}

	/** One sheet: the header row of these column keys, then the rows. */
	private void table(XSSFWorkbook book, String sheetKey, List<String> columns, List<Object[]> rows) {
		Sheet sheet = book.createSheet(text(sheetKey));
		Row headerRow = sheet.createRow(0);
		for (int column = 0; column < columns.size(); column++) {
			headerRow.createCell(column).setCellValue(text("column." + columns.get(column)));
			headerRow.getCell(column).setCellStyle(this.header);
			sheet.setColumnWidth(column, ((column == 0) ? 30 : 18) * 256);
		}
		int rowIndex = 1;
		for (Object[] values : rows) {
			Row row = sheet.createRow(rowIndex++);
			for (int column = 0; column < values.length; column++) {
				cell(row, column, values[column]);
			}
		}
	}

	private void cell(Row row, int column, Object value) {
		if (value instanceof Money amount && amount.value() != null) {
			row.createCell(column).setCellValue(amount.value().doubleValue());
			row.getCell(column).setCellStyle(this.money);
		}
		else if (value instanceof Rate percent && percent.value() != null) {
			row.createCell(column).setCellValue(percent.value().doubleValue());
			row.getCell(column).setCellStyle(this.rate);
		}
		else if (value instanceof Long count) {
			row.createCell(column).setCellValue(count);
		}
		else if (value instanceof String string) {
			row.createCell(column).setCellValue(string);
		}
	}

	private static BigDecimal decimal(Double mean) {
		return (mean != null) ? BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP) : null;
	}

	/** The KPI's name in the reader's language, or its code when it has none. */
	private String kpiName(String code) {
		return (code == null) ? null
				: this.messages.getMessage("performance.kpi." + code + ".name", null, code, this.locale);
	}

	private String text(String key) {
		return this.messages.getMessage(PREFIX + key, null, this.locale);
	}

	/** An amount of money in yuan; null: an empty cell. */
	private record Money(BigDecimal value) {
	}

	/** A rate or a mean with one decimal; null: an empty cell. */
	private record Rate(BigDecimal value) {
	}

}
