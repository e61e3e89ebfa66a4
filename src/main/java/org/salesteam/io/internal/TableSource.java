package org.salesteam.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rows of an uploaded file, read front to back without holding them: the first row is
 * the header. Line numbers are those the user sees — the row number in Excel, the record
 * number of a CSV file — so the header is line 1.
 */
interface TableSource {

	/** Receives rows; returning false stops the reading. */
	@FunctionalInterface
	interface RowVisitor {

		boolean row(int line, List<String> cells);

	}

	/**
	 * Calls {@code visitor} for every row that has a cell; a broken file throws
	 * {@link FileRejectedException}.
	 */
	void read(RowVisitor visitor);

	/** How a stored file is read, as decided when it was uploaded. */
	record Layout(FileFormat format, String encoding, char delimiter) {

		TableSource open(Path file) {
			return (this.format == FileFormat.XLSX) ? new XlsxTable(file)
					: new CsvTable(file, TextEncoding.of(this.encoding), this.delimiter);
		}

	}

	enum FileFormat {

		XLSX, CSV;

		/**
		 * By the first bytes: a zip is {@code .xlsx}, an OLE2 file is an old {@code .xls}
		 * (refused), anything else is text.
		 */
		static FileFormat sniff(Path file) {
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(8);
			}
			catch (IOException ex) {
				throw new FileRejectedException("io.file.unreadable");
			}
			if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
				return XLSX;
			}
			if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
					&& (head[3] & 0xFF) == 0xE0) {
				throw new FileRejectedException("io.file.oldExcel");
			}
			return CSV;
		}

	}

}
