package org.salesteam.io.internal;

/**
 * Rules for text that goes into files users open in Excel.
 */
final class Spreadsheets {

	private Spreadsheets() {
	}

	/**
	 * Text that a spreadsheet would run as a formula — starting with {@code = + - @}, a
	 * tab or a carriage return — gets a leading apostrophe, which Excel shows as text
	 * (CSV injection).
	 */
	static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return dangerous ? "'" + text : text;
	}

}
