package org.salesteam.io.internal;

import java.util.List;

/** What happened to one row. */
record RowOutcome(int line, Result result, List<RowProblem> problems) {

	enum Result {

		CREATED, CHANGED, UNCHANGED, REJECTED

	}

	static RowOutcome of(int line, Result result) {
		return new RowOutcome(line, result, List.of());
	}

	static RowOutcome rejected(int line, List<RowProblem> problems) {
		return new RowOutcome(line, Result.REJECTED, List.copyOf(problems));
	}

	boolean imported() {
		return this.result == Result.CREATED || this.result == Result.CHANGED;
	}

}
