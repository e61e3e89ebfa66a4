package org.salesteam.motivation.internal;

/**
 * A change of a contest's rules, scoring or participants after it was launched: the API
 * answers 409. Rules are frozen so that nobody plays to rules that move under them.
 */
public class ContestFrozenException extends RuntimeException {

	private final long contestId;

	public ContestFrozenException(long contestId) {
		super("contest " + contestId + " is launched; its rules are frozen");
		this.contestId = contestId;
	}

	public long contestId() {
		return this.contestId;
	}

}
