package org.salesteam.io.internal;

import java.util.Locale;

/** The file formats of an export. */
public enum ExportFormat {

	CSV("text/csv;charset=UTF-8", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String contentType;

	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	/** {@code csv} or {@code xlsx} in any case; anything else is refused with 400. */
	public static ExportFormat parse(String text) {
		if (text != null) {
			for (ExportFormat format : values()) {
				if (format.extension.equals(text.trim().toLowerCase(Locale.ROOT))) {
					return format;
				}
			}
		}
		throw new FileRejectedException("io.export.format", String.valueOf(text));
	}

}
