package org.salesteam.io.internal;

import java.util.List;

/** One job's pass over a file for one {@link ImportKind}; see its contract. */
interface ImportSession {

	/**
	 * @param rows consecutive rows in file order
	 * @param write whether valid rows are written (false: validate only)
	 * @return one outcome per row, in the same order
	 */
	List<RowOutcome> process(List<SourceRow> rows, boolean write);

	/**
	 * Called once after the last chunk, in the transaction of the whole file
	 * (ALL_OR_NOTHING) or in one of its own (SKIP_INVALID): for what is done once per job
	 * over everything written (e.g. telling other modules about first orders).
	 * @param write whether rows were written (false: validate only)
	 */
	default void finish(boolean write) {
	}

	/**
	 * The territories, segments or categories the file names that the system lacks, so
	 * far.
	 */
	default java.util.Set<MissingReference> missing() {
		return java.util.Set.of();
	}

}
