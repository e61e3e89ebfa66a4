package org.salesteam.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an upload holds, read once in full when it arrives so that every structural
 * problem — unreadable, too many rows or columns, an over-long cell, no header — is
 * refused at once with a clear message rather than found later by the background job.
 *
 * @param layout how to read the file again
 * @param headers the header row's cells, trimmed
 * @param preview the first {@value #PREVIEW} data rows
 * @param rows the data rows (non-blank rows after the header)
 */
public record FileScan(TableSource.Layout layout, List<String> headers, List<List<String>> preview, int rows) {

	static final int PREVIEW = 10;

	static FileScan of(Path file, ImportProperties limits) {
		TableSource.FileFormat format = TableSource.FileFormat.sniff(file);
		TableSource.Layout layout;
		if (format == TableSource.FileFormat.XLSX) {
			layout = new TableSource.Layout(format, null, ',');
		}
		else {
			TextEncoding encoding = encoding(file);
			layout = new TableSource.Layout(format, encoding.label(), CsvTable.detectDelimiter(file, encoding));
		}
		List<String> headers = new ArrayList<>();
		List<List<String>> preview = new ArrayList<>();
		int[] rows = { 0 };
		layout.open(file).read((line, cells) -> {
			check(line, cells, limits);
			if (headers.isEmpty()) {
				cells.forEach((cell) -> headers.add((CellText.clean(cell) != null) ? CellText.clean(cell) : ""));
				return true;
			}
			if (cells.stream().allMatch((cell) -> CellText.clean(cell) == null)) {
				return true;
			}
			if (++rows[0] > limits.maxRows()) {
				throw new FileRejectedException("io.file.tooManyRows", limits.maxRows());
			}
			if (preview.size() < PREVIEW) {
				preview.add(cells);
			}
			return true;
		});
		if (headers.stream().allMatch(String::isEmpty)) {
			throw new FileRejectedException("io.file.noHeader");
		}
		return new FileScan(layout, List.copyOf(headers), List.copyOf(preview), rows[0]);
	}

	/**
	 * The header and preview of a file already scanned, read again from its start (quick:
	 * it stops after the preview).
	 */
	static FileScan head(Path file, TableSource.Layout layout, int rows) {
		List<String> headers = new ArrayList<>();
		List<List<String>> preview = new ArrayList<>();
		layout.open(file).read((line, cells) -> {
			if (headers.isEmpty()) {
				cells.forEach((cell) -> headers.add((CellText.clean(cell) != null) ? CellText.clean(cell) : ""));
			}
			else if (cells.stream().anyMatch((cell) -> CellText.clean(cell) != null)) {
				preview.add(cells);
			}
			return preview.size() < PREVIEW;
		});
		return new FileScan(layout, List.copyOf(headers), List.copyOf(preview), rows);
	}

	private static void check(int line, List<String> cells, ImportProperties limits) {
		if (cells.size() > limits.maxColumns()) {
			throw new FileRejectedException("io.file.tooManyColumns", line, limits.maxColumns());
		}
		for (String cell : cells) {
			if (cell.length() > limits.maxCellLength()) {
				throw new FileRejectedException("io.file.cellTooLong", line, limits.maxCellLength());
			}
		}
	}

	private static TextEncoding encoding(Path file) {
		try {
			return TextEncoding.detect(() -> {
				try {
					return Files.newInputStream(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			throw new FileRejectedException("io.file.unreadable");
		}
	}

}
