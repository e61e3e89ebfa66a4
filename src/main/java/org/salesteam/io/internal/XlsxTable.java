package org.salesteam.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an {@code .xlsx} file, read with POI's streaming SAX reader: only
 * the shared strings are held in memory, never the rows. POI's secure defaults stay on
 * (no DTDs or external entities, {@code ZipSecureFile}'s inflate-ratio and entry-size
 * limits against zip bombs). Dates come out as ISO text and numbers as Excel shows them
 * unformatted; a formula cell gives its cached result (what the user saw in Excel) and is
 * never evaluated.
 */
final class XlsxTable implements TableSource {

	private final Path file;

	XlsxTable(Path file) {
		this.file = file;
	}

	@Override
	public void read(RowVisitor visitor) {
		Collector collector = new Collector(visitor);
		try (OPCPackage pkg = OPCPackage.open(this.file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(
						new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainValues(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (StopRuntime stop) {
			// the visitor has seen enough, or failed (below)
		}
		catch (FileRejectedException ex) {
			throw ex;
		}
		catch (IOException | SAXException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
				| javax.xml.parsers.ParserConfigurationException ex) {
			throw new FileRejectedException("io.file.unreadable");
		}
		if (collector.failure != null) {
			throw collector.failure;
		}
	}

	/** Turns POI's cell callbacks into rows of strings with gaps filled. */
	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowVisitor visitor;

		private final List<String> cells = new ArrayList<>();

		private RuntimeException failure;

		Collector(RowVisitor visitor) {
			this.visitor = visitor;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (this.cells.isEmpty()) {
				return;
			}
			boolean more;
			try {
				more = this.visitor.row(rowNum + 1, List.copyOf(this.cells));
			}
			catch (RuntimeException ex) {
				this.failure = ex;
				more = false;
			}
			if (!more) {
				throw new StopRuntime();
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = (reference != null) ? new CellReference(reference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add((value != null) ? value : "");
		}

	}

	/** Unchecked, so that it passes POI's handler; caught as a stop below. */
	private static final class StopRuntime extends RuntimeException {

		StopRuntime() {
			super("stop", null, false, false);
		}

	}

	/**
	 * Numbers unformatted, date-formatted numbers as ISO dates (with the time when there
	 * is one).
	 */
	private static final class PlainValues extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
				return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
						: at.toString().replace('T', ' ');
			}
			return NumberToTextConverter.toText(value);
		}

	}

}
