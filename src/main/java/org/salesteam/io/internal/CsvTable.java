package org.salesteam.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file in a detected encoding. Blank lines keep their number; quoting follows RFC
 * 4180 (what Excel writes).
 */
final class CsvTable implements TableSource {

	private final Path file;

	private final TextEncoding encoding;

	private final char delimiter;

	CsvTable(Path file, TextEncoding encoding, char delimiter) {
		this.file = file;
		this.encoding = encoding;
		this.delimiter = delimiter;
	}

	@Override
	public void read(RowVisitor visitor) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(this.delimiter)
			.setIgnoreEmptyLines(false)
			.setTrim(false)
			.get();
		long line = 0;
		try (Reader reader = this.encoding.reader(Files.newInputStream(this.file));
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				line = record.getRecordNumber();
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				if (!visitor.row((int) line, cells)) {
					return;
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new FileRejectedException("io.file.brokenCsv", line + 1);
		}
	}

	/**
	 * The delimiter of a text file: whichever of comma, tab and semicolon occurs most
	 * often outside quotes in its first line; comma when none does.
	 */
	static char detectDelimiter(Path file, TextEncoding encoding) {
		try (Reader reader = encoding.reader(Files.newInputStream(file))) {
			int comma = 0;
			int tab = 0;
			int semicolon = 0;
			boolean quoted = false;
			for (int read = 0, c = reader.read(); c >= 0 && read < 65536; c = reader.read(), read++) {
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && (c == '\n' || c == '\r')) {
					break;
				}
				else if (!quoted) {
					comma += (c == ',') ? 1 : 0;
					tab += (c == '\t') ? 1 : 0;
					semicolon += (c == ';') ? 1 : 0;
				}
			}
			if (tab > comma && tab >= semicolon) {
				return '\t';
			}
			return (semicolon > comma) ? ';' : ',';
		}
		catch (IOException ex) {
			throw new FileRejectedException("io.file.unreadable");
		}
	}

}
