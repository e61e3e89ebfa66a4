package org.salesteam.io.internal;

/**
 * Which rows of a file may be written: new records, changes of stored ones, or both. A
 * row the choice excludes is not written and counts as unchanged.
 */
public enum ImportWrites {

	CREATE_AND_UPDATE, CREATE_ONLY, UPDATE_ONLY;

	public boolean creates() {
		return this != UPDATE_ONLY;
	}

	public boolean updates() {
		return this != CREATE_ONLY;
	}

	public String messageKey() {
		return "io.writes." + name();
	}

}
