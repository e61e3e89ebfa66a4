package org.salesteam.io.internal;

import java.time.OffsetDateTime;

/**
 * An import job as stored. {@code status} moves QUEUED → RUNNING → DONE or FAILED; a DONE
 * job in ALL_OR_NOTHING mode with rejected rows has imported nothing.
 */
public record ImportJob(long id, String kind, ImportMode importMode, ImportWrites writeMode, boolean createMissing,
		Status status, String fileName, String fileFormat, String encoding, int delimiterChar, String mapping,
		int totalRows, int rowsRead, int rowsImported, int rowsCreated, int rowsUpdated, int rowsUnchanged,
		int rowsRejected, String failure, long requestedBy, String locale, OffsetDateTime startedAt,
		OffsetDateTime finishedAt, OffsetDateTime createdAt) {

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED;

		public String messageKey() {
			return "io.status." + name();
		}

	}

	public boolean finished() {
		return this.status == Status.DONE || this.status == Status.FAILED;
	}

	/** Rows read as a share of the rows counted at upload, 0–100. */
	public int percent() {
		if (finished()) {
			return 100;
		}
		return (this.totalRows == 0) ? 0 : (int) Math.min(100, 100L * this.rowsRead / this.totalRows);
	}

	ImportOptions options() {
		return new ImportOptions(this.writeMode, this.createMissing);
	}

	TableSource.Layout layout() {
		return new TableSource.Layout(TableSource.FileFormat.valueOf(this.fileFormat), this.encoding,
				(char) this.delimiterChar);
	}

}
