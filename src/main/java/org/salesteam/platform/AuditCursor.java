package org.salesteam.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A keyset position in the audit trail (newest first): the entries strictly older than
 * the entry at {@code occurredAt}/{@code id}. Travels in URLs as an opaque token, so
 * paging never counts or offsets the whole table.
 */
public record AuditCursor(Instant occurredAt, long id) {

	/** The token form, {@code <epoch microseconds>-<id>}. */
	public String token() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, this.occurredAt) + "-" + this.id;
	}

	/**
	 * Parses {@link #token()}; lets Spring bind request parameters of this type.
	 * @throws IllegalArgumentException for a malformed token
	 */
	public static AuditCursor valueOf(String token) {
		return parse(token).orElseThrow(() -> new IllegalArgumentException("malformed audit cursor"));
	}

	/** Parses {@link #token()}; empty for a missing or malformed token. */
	public static Optional<AuditCursor> parse(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		int dash = token.lastIndexOf('-');
		if (dash <= 0) {
			return Optional.empty();
		}
		try {
			long micros = Long.parseLong(token.substring(0, dash).trim());
			long id = Long.parseLong(token.substring(dash + 1).trim());
			return Optional.of(new AuditCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return Optional.empty();
		}
	}

}
