package org.salesteam.io.internal;

/** What happens to the valid rows of a file that also has invalid ones. */
public enum ImportMode {

	/** Any rejected row: nothing is written, every rejected row is listed. */
	ALL_OR_NOTHING,
	/** The valid rows are written, the rejected ones listed. */
	SKIP_INVALID;

	public String messageKey() {
		return "io.mode." + name();
	}

}
