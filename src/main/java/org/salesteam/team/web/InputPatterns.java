package org.salesteam.team.web;

/** Input patterns shared by the team pages and the API. */
final class InputPatterns {

	/** User names: letters, digits, dot, underscore and hyphen. */
	static final String USERNAME = "[A-Za-z0-9._-]*";

	/** Territory and segment codes: upper-case letters, digits and hyphen. */
	static final String CODE = "[A-Z0-9-]*";

	private InputPatterns() {
	}

}
