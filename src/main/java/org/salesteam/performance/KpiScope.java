package org.salesteam.performance;

import java.util.Locale;
import java.util.Objects;

import org.salesteam.platform.BusinessRuleException;

/**
 * The part of the business a KPI is computed for, written as in the API:
 * <ul>
 * <li>{@code company};</li>
 * <li>{@code team:{id}} — orders credited to a rep of the team (by the rep's current
 * team);</li>
 * <li>{@code territory:{code}} — orders credited to the territory or one below it;</li>
 * <li>{@code rep:{username}} — orders credited to the rep;</li>
 * <li>{@code customer:{id}} — one account's orders, visits and activities;</li>
 * <li>{@code segment:{code}} — the customers of a market segment (by their current
 * segment);</li>
 * <li>{@code keyaccounts:{username}} or {@code keyaccounts:team:{id}} — every key account
 * whose key-account manager is the user, or a member of the team (the account team's
 * KEY_ACCOUNT_MANAGER, or the owner when the account has none).</li>
 * </ul>
 * The account scopes (customer, segment, key accounts) carry no logged time: time-use
 * KPIs are undefined on them. Codes are matched without regard to case.
 *
 * @param kind what kind of scope
 * @param key the team or customer id, territory or segment code, username, or for key
 * accounts the username or {@code team:{id}}; {@code null} for the company
 */
public record KpiScope(Kind kind, String key) {

	/** The kinds of scope, by their prefix in the API form. */
	public enum Kind {

		COMPANY("company"), TEAM("team"), TERRITORY("territory"), REP("rep"), CUSTOMER("customer"), SEGMENT("segment"),
		KEY_ACCOUNTS("keyaccounts");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

		String prefix() {
			return this.prefix;
		}

		/**
		 * Whether the scope is a set of accounts rather than a part of the organisation.
		 */
		public boolean ofAccounts() {
			return this == CUSTOMER || this == SEGMENT || this == KEY_ACCOUNTS;
		}

	}

	private static final String TEAM_KEY = "team:";

	private static final String ID = "-?\\d{1,18}";

	public KpiScope {
		Objects.requireNonNull(kind);
		if (kind == Kind.COMPANY) {
			key = null;
		}
		else if (key == null || key.isBlank() || !wellFormed(kind, key)) {
			throw BusinessRuleException.onField("scope", "performance.error.scope");
		}
	}

	private static boolean wellFormed(Kind kind, String key) {
		return switch (kind) {
			case TEAM, CUSTOMER -> key.matches(ID);
			case KEY_ACCOUNTS -> !key.startsWith(TEAM_KEY) || key.substring(TEAM_KEY.length()).matches(ID);
			default -> true;
		};
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

	public static KpiScope customer(long customerId) {
		return new KpiScope(Kind.CUSTOMER, Long.toString(customerId));
	}

	public static KpiScope segment(String code) {
		return new KpiScope(Kind.SEGMENT, code);
	}

	/** The key accounts of one key-account manager. */
	public static KpiScope keyAccountsOf(String username) {
		return new KpiScope(Kind.KEY_ACCOUNTS, username);
	}

	/** The key accounts whose key-account manager is a member of the team. */
	public static KpiScope keyAccountsOfTeam(long teamId) {
		return new KpiScope(Kind.KEY_ACCOUNTS, TEAM_KEY + teamId);
	}

	/**
	 * Reads the API form; a malformed text (or a team or customer id that is not a
	 * number) is a {@link BusinessRuleException} on the field {@code scope}.
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
		String prefix = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
		String key = trimmed.substring(colon + 1).trim();
		for (Kind kind : Kind.values()) {
			if (kind != Kind.COMPANY && kind.prefix().equals(prefix)) {
				if (key.contains("-") && (kind == Kind.TEAM || kind == Kind.CUSTOMER || key.startsWith(TEAM_KEY))) {
					break;
				}
				return new KpiScope(kind, key);
			}
		}
		throw BusinessRuleException.onField("scope", "performance.error.scope");
	}

	/** The team id of a team scope, or of a team's key accounts. */
	public long teamId() {
		if (this.kind == Kind.TEAM) {
			return Long.parseLong(this.key);
		}
		if (this.kind == Kind.KEY_ACCOUNTS && this.key.startsWith(TEAM_KEY)) {
			return Long.parseLong(this.key.substring(TEAM_KEY.length()));
		}
		throw new IllegalStateException("not a team scope: " + this);
	}

	/** Whether this is the key accounts of a team (rather than of one manager). */
	public boolean ofTeam() {
		return this.kind == Kind.TEAM || (this.kind == Kind.KEY_ACCOUNTS && this.key.startsWith(TEAM_KEY));
	}

	/** The customer id of a customer scope. */
	public long customerId() {
		if (this.kind != Kind.CUSTOMER) {
			throw new IllegalStateException("not a customer scope: " + this);
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
