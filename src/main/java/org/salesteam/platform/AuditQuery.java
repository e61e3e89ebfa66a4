package org.salesteam.platform;

import java.time.Instant;

/**
 * Filters and page position for {@link AuditTrail#search}. Every filter is optional
 * ({@code null} or blank = any).
 *
 * @param username exact user name
 * @param entityType exact entity key, e.g. {@code team}
 * @param entityId exact record id
 * @param action the kind of change
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param before the {@link AuditPage#next()} cursor of the previous page, or {@code null}
 * for the newest entries
 * @param limit page size, clamped to 1…{@value #MAX_LIMIT}
 */
public record AuditQuery(String username, String entityType, String entityId, AuditAction action, Instant from,
		Instant to, AuditCursor before, int limit) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 500;

	public AuditQuery {
		username = blankToNull(username);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
		limit = (limit <= 0) ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
	}

	/** The newest entries, unfiltered. */
	public static AuditQuery latest(int limit) {
		return new AuditQuery(null, null, null, null, null, null, null, limit);
	}

	/** The same filters, positioned after the given cursor. */
	public AuditQuery after(AuditCursor cursor) {
		return new AuditQuery(this.username, this.entityType, this.entityId, this.action, this.from, this.to, cursor,
				this.limit);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
