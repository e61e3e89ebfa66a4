package org.salesteam.team;

import java.util.Optional;

/**
 * Territories and market segments found by what people write in files — a code (any case)
 * or an exact name — and created when missing, for imports. A created record takes the
 * text as its name and, when the text is a valid code ({@code [A-Za-z0-9_.-]}, at most 32
 * characters), as its upper-case code; otherwise its code is derived from the text
 * ({@code IMP-} and a hash), so that importing the same text again finds it.
 */
public interface ReferenceCodes {

	Optional<Long> findTerritory(String codeOrName);

	/** The territory's id, created (without parent) when missing. */
	long territory(String codeOrName);

	Optional<Long> findSegment(String codeOrName);

	/** The segment's id, created when missing. */
	long segment(String codeOrName);

	/** The code a record created for {@code text} gets. */
	static String codeFor(String text) {
		String trimmed = text.trim();
		if (trimmed.matches("[A-Za-z0-9_.-]{1,32}")) {
			return trimmed.toUpperCase(java.util.Locale.ROOT);
		}
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(trimmed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return "IMP-" + String.format("%08X", crc.getValue());
	}

}
