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

}
