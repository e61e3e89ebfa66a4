package org.salesteam.io.internal;

import java.util.List;

/** What happened to one row. */
record RowOutcome(int line, Result result, List<RowProblem> problems, List<String> changedFields) {

	enum Result {

		CREATED, CHANGED, UNCHANGED, REJECTED

	}

	static RowOutcome of(int line, Result result) {
		return new RowOutcome(line, result, List.of(), List.of());
	}

	/**
	 * A stored record that the row changes, with the fields that change (may be empty).
	 */
	static RowOutcome changed(int line, List<String> fields) {
		return new RowOutcome(line, Result.CHANGED, List.of(), List.copyOf(fields));
	}

	static RowOutcome rejected(int line, List<RowProblem> problems) {
		return new RowOutcome(line, Result.REJECTED, List.copyOf(problems), List.of());
	}

	boolean imported() {
		return this.result == Result.CREATED || this.result == Result.CHANGED;
	}

}
