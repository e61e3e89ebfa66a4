package org.salesteam.keyaccount.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salesteam.keyaccount.internal.PlanReading;
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
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /key-accounts/plans/{id}/export}: a key-account plan as an Excel workbook for
 * the review meeting — the plan's text, the objectives with their computed attainment,
 * the actions and the reviews, one sheet each — with the same rights as the page (404 for
 * a plan the user does not read). Figures are numbers; an undefined one is empty.
 */
@Controller
class PlanExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanReading reading;

	private final MessageSource messages;

	PlanExportController(PlanReading reading, MessageSource messages) {
		this.reading = reading;
		this.messages = messages;
	}

	@GetMapping("/key-accounts/plans/{id}/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id)
			throws IOException {
		PlanReading.Plan plan = this.reading.of(user, id);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			List<Object[]> text = new ArrayList<>();
			text.add(new Object[] { text("keyaccount.matrix.customer"), plan.customerName() });
			text.add(new Object[] { text("keyaccount.plan.year"), plan.year() });
			text.add(new Object[] { text("keyaccount.plan.statusCol"),
					text("keyaccount.plan.status." + plan.status()) });
			text.add(new Object[] { text("keyaccount.plan.vision"), plan.vision() });
			text.add(new Object[] { text("keyaccount.plan.swot"), plan.swot() });
			text.add(new Object[] { text("keyaccount.plan.strategies"), plan.strategies() });
			text.add(new Object[] { text("keyaccount.plan.risks"), plan.risks() });
			sheet(book, "keyaccount.plan.text", List.of(), text);
			sheet(book, "keyaccount.plan.objectives",
					List.of("keyaccount.plan.objective", "keyaccount.plan.kpi", "keyaccount.plan.target",
							"keyaccount.plan.actual", "keyaccount.plan.attainment", "keyaccount.plan.ownerCol",
							"keyaccount.plan.due"),
					plan.objectives()
						.stream()
						.map((o) -> new Object[] { o.description(), text("performance.kpi." + o.kpi() + ".name"),
								o.target(), o.actual(), o.attainment(), o.ownerName(), o.due() })
						.toList());
			sheet(book, "keyaccount.plan.actions",
					List.of("keyaccount.plan.action", "keyaccount.plan.ownerCol", "keyaccount.plan.due",
							"keyaccount.plan.statusCol"),
					plan.actions()
						.stream()
						.map((a) -> new Object[] { a.title(), a.ownerName(), a.due(),
								text("keyaccount.action." + a.status()) })
						.toList());
			sheet(book, "keyaccount.plan.reviews",
					List.of("keyaccount.plan.quarter", "keyaccount.plan.reviewedOn", "keyaccount.plan.ownerCol",
							"keyaccount.plan.progress"),
					plan.reviews()
						.stream()
						.map((r) -> new Object[] { r.quarter(), r.reviewedOn(), r.reviewerName(), r.progress() })
						.toList());
			book.write(out);
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("key-account-plan-" + plan.customerId() + "-" + plan.year() + ".xlsx")
							.build()
							.toString())
				.body(out.toByteArray());
		}
	}

	/** One sheet: a header row of these labels (none: no header), then the rows. */
	private void sheet(XSSFWorkbook book, String title, List<String> headers, List<Object[]> rows) {
		Sheet sheet = book.createSheet(text(title));
		int r = 0;
		if (!headers.isEmpty()) {
			Row header = sheet.createRow(r++);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(text(headers.get(c)));
			}
		}
		for (Object[] values : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < values.length; c++) {
				Object value = values[c];
				if (value instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					row.createCell(c).setCellValue(value.toString());
				}
			}
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 48 * 256);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
