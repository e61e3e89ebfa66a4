package org.salesteam.retention.internal;

import java.util.Locale;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.retention.LostReason;

/**
 * Why a customer is lost: a reason from the list, whether we could have prevented it, the
 * competitor (required for {@link LostReason#COMPETITOR}) and a note (required for
 * {@link LostReason#OTHER}).
 */
public record LostRequest(LostReason reason, boolean preventable, String competitor, String note) {

	private static final int COMPETITOR_MAX = 200;

	private static final int NOTE_MAX = 1000;

	/**
	 * Parses and checks the request's text: a missing or unknown reason is a 422 on
	 * {@code reason}, a missing competitor or note one on that field.
	 */
	public static LostRequest of(String reason, Boolean preventable, String competitor, String note) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.onField("reason", "retention.error.required");
		}
		LostReason parsed;
		try {
			parsed = LostReason.valueOf(reason.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField("reason", "retention.error.reason", reason);
		}
		String competitorText = blankToNull(competitor);
		String noteText = blankToNull(note);
		if (parsed == LostReason.COMPETITOR && competitorText == null) {
			throw BusinessRuleException.onField("competitor", "retention.error.required");
		}
		if (parsed == LostReason.OTHER && noteText == null) {
			throw BusinessRuleException.onField("note", "retention.error.required");
		}
		if (competitorText != null && competitorText.length() > COMPETITOR_MAX) {
			throw BusinessRuleException.onField("competitor", "retention.error.tooLong", COMPETITOR_MAX);
		}
		if (noteText != null && noteText.length() > NOTE_MAX) {
			throw BusinessRuleException.onField("note", "retention.error.tooLong", NOTE_MAX);
		}
		return new LostRequest(parsed, Boolean.TRUE.equals(preventable), competitorText, noteText);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
