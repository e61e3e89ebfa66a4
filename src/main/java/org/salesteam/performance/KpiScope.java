package org.salesteam.performance;

import java.util.Objects;

import org.salesteam.platform.BusinessRuleException;

/**
 * The part of the organisation a KPI is computed for, written as in the API:
 * {@code company}, {@code team:{id}}, {@code territory:{code}} or {@code rep:{username}}.
 * Orders count for a scope when they are credited to it: to a rep of the team (by the
 * rep's current team), to the territory or one below it, to the rep; the company counts
 * all.
 *
 * @param kind what kind of scope
 * @param key the team id, territory code or username; {@code null} for the company
 */
public record KpiScope(Kind kind, String key) {

	/** The kinds of scope. */
	public enum Kind {

		COMPANY, TEAM, TERRITORY, REP;

		String prefix() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public KpiScope {
		Objects.requireNonNull(kind);
		if (kind == Kind.COMPANY) {
			key = null;
		}
		else if (key == null || key.isBlank()) {
			throw BusinessRuleException.onField("scope", "performance.error.scope");
		}
	}

	public static KpiScope company() {
		return new KpiScope(Kind.COMPANY, null);
	}

	public static KpiScope team(long teamId) {
		return new KpiScope(Kind.TEAM, Long.toString(teamId));
	}

	public static KpiScope territory(String code) {
		return new KpiScope(Kind.TERRITORY, code);
	}

	public static KpiScope rep(String username) {
		return new KpiScope(Kind.REP, username);
	}

	/**
	 * Reads the API form; a malformed text (or a team id that is not a number) is a
	 * {@link BusinessRuleException} on the field {@code scope}.
	 */
	public static KpiScope parse(String text) {
		if (text == null || text.isBlank()) {
			throw BusinessRuleException.onField("scope", "performance.error.scope");
		}
		String trimmed = text.trim();
		if (trimmed.equals("company")) {
			return company();
		}
		int colon = trimmed.indexOf(':');
		if (colon <= 0) {
			throw BusinessRuleException.onField("scope", "performance.error.scope");
		}
		String prefix = trimmed.substring(0, colon);
		String key = trimmed.substring(colon + 1).trim();
		for (Kind kind : Kind.values()) {
			if (kind != Kind.COMPANY && kind.prefix().equals(prefix)) {
				if (kind == Kind.TEAM && !key.matches("\\d{1,18}")) {
					break;
				}
				return new KpiScope(kind, key);
			}
		}
		throw BusinessRuleException.onField("scope", "performance.error.scope");
	}

	/** The team id of a team scope. */
	public long teamId() {
		if (this.kind != Kind.TEAM) {
			throw new IllegalStateException("not a team scope: " + this);
		}
		return Long.parseLong(this.key);
	}

	/** The API form, e.g. {@code rep:rep1}; {@link #parse} reads it back. */
	public String format() {
		return (this.kind == Kind.COMPANY) ? "company" : this.kind.prefix() + ":" + this.key;
	}

	@Override
	public String toString() {
		return format();
	}

}
