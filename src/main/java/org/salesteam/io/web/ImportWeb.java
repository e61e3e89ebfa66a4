package org.salesteam.io.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.salesteam.io.internal.ExportFormat;
import org.salesteam.io.internal.FileRejectedException;
import org.salesteam.io.internal.ImportMode;
import org.salesteam.io.internal.ImportOptions;
import org.salesteam.io.internal.ImportWrites;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** What the import and export controllers share. */
final class ImportWeb {

	private ImportWeb() {
	}

	static ImportMode mode(String text) {
		try {
			return ImportMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new FileRejectedException("io.mode.unknown", String.valueOf(text));
		}
	}

	static ImportOptions options(String writes, boolean createMissing) {
		try {
			ImportWrites parsed = (writes == null || writes.isBlank()) ? ImportWrites.CREATE_AND_UPDATE
					: ImportWrites.valueOf(writes.trim().toUpperCase(Locale.ROOT));
			return new ImportOptions(parsed, createMissing);
		}
		catch (IllegalArgumentException ex) {
			throw new FileRejectedException("io.writes.unknown", writes);
		}
	}

	/** Headers of a file download named {@code <name>.<extension>}. */
	static void attachment(HttpServletResponse response, String extension, String name) {
		ExportFormat format = ExportFormat.parse(extension);
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(name + "." + format.extension(), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
