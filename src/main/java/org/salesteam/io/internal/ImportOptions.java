package org.salesteam.io.internal;

/**
 * What a user chose for a job besides the mode: which rows may be written, and whether
 * territories, segments and categories a file names but the system lacks are created
 * (only an admin may choose so; otherwise such a value is a row error).
 */
public record ImportOptions(ImportWrites writes, boolean createMissing) {

	public static final ImportOptions DEFAULT = new ImportOptions(ImportWrites.CREATE_AND_UPDATE, false);

	public ImportOptions {
		writes = (writes != null) ? writes : ImportWrites.CREATE_AND_UPDATE;
	}

}
