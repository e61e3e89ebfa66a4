package org.salesteam.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table — one header row, then one row per record — straight to a stream: CSV
 * with a UTF-8 byte-order mark (so that Excel reads Chinese correctly) or {@code .xlsx}
 * through POI's streaming workbook, which keeps only a small window of rows in memory.
 * Values are text, numbers ({@link BigDecimal}, {@link Integer}) or dates; text is always
 * written as text — neutralised in CSV, a string cell in {@code .xlsx} — so it never runs
 * as a formula.
 */
interface TableWriter extends AutoCloseable {

	void row(List<?> values);

	/** Completes the file; the stream stays open. */
	@Override
	void close();

	static TableWriter of(ExportFormat format, OutputStream out, String sheetName) {
		return (format == ExportFormat.CSV) ? new Csv(out) : new Xlsx(out, sheetName);
	}

	/** CSV in UTF-8 with BOM, CRLF line ends. */
	final class Csv implements TableWriter {

		private final CSVPrinter printer;

		Csv(OutputStream out) {
			try {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
				this.printer = new CSVPrinter(
						new java.io.BufferedWriter(
								new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)),
						CSVFormat.RFC4180);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void row(List<?> values) {
			try {
				for (Object value : values) {
					this.printer.print(text(value));
				}
				this.printer.println();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String text(Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof BigDecimal number) {
				return number.toPlainString();
			}
			if (value instanceof Number || value instanceof LocalDate) {
				return value.toString();
			}
			return Spreadsheets.neutralise(value.toString());
		}

		@Override
		public void close() {
			try {
				this.printer.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** {@code .xlsx}, 100 rows in memory at a time, temporary files compressed. */
	final class Xlsx implements TableWriter {

		private final OutputStream out;

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);

		private final SXSSFSheet sheet;

		private final CellStyle date;

		private final CellStyle header;

		private int rows;

		Xlsx(OutputStream out, String sheetName) {
			this.out = out;
			this.workbook.setCompressTempFiles(true);
			this.sheet = this.workbook.createSheet(sheetName);
			this.date = this.workbook.createCellStyle();
			this.date.setDataFormat(this.workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			this.header = this.workbook.createCellStyle();
			Font bold = this.workbook.createFont();
			bold.setBold(true);
			this.header.setFont(bold);
		}

		@Override
		public void row(List<?> values) {
			Row row = this.sheet.createRow(this.rows);
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				if (value instanceof BigDecimal number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof LocalDate day) {
					cell.setCellValue(day);
					cell.setCellStyle(this.date);
				}
				else {
					cell.setCellValue(value.toString());
				}
				if (this.rows == 0) {
					cell.setCellStyle(this.header);
				}
			}
			this.rows++;
		}

		@Override
		public void close() {
			try {
				this.workbook.write(this.out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				this.workbook.dispose();
				try {
					this.workbook.close();
				}
				catch (IOException ex) {
					// nothing left to release
				}
			}
		}

	}

}
