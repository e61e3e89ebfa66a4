package org.salesteam.customer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.customer.CompanyNames;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate check (查重): stored customers that look like the one being registered —
 * the same {@link CompanyNames#key name key}, tax id or phone digits. What a user learns
 * of a match depends on whether they may read it: a readable one (by owner or account
 * team) and one in the pool (which everyone may claim) with code, name and owner; any
 * other only as "a customer of another rep matches on …", so the check leaks no name,
 * code or owner the user may not see.
 */
@Component
public class SimilarCustomers {

	/** At most this many matches are listed. */
	static final int LIMIT = 10;

	/** What matched: the name key, the tax id or the phone. */
	public enum On {

		NAME, TAX_ID, PHONE;

		/** The field the API names, e.g. {@code taxId}. */
		public String field() {
			return switch (this) {
				case NAME -> "name";
				case TAX_ID -> "taxId";
				case PHONE -> "phone";
			};
		}

	}

	/**
	 * A similar customer as the user may learn of it: {@code visible} false leaves id,
	 * code, name and owner null.
	 */
	public record Match(boolean visible, Long id, String code, String name, String ownerName, boolean inPool,
			List<On> matchedOn) {

		/**
		 * Whether the match blocks a registration without confirmation: name or tax id.
		 */
		public boolean exact() {
			return this.matchedOn.contains(On.NAME) || this.matchedOn.contains(On.TAX_ID);
		}

	}

	private final JdbcClient jdbc;

	private final CustomerAccess access;

	SimilarCustomers(JdbcClient jdbc, CustomerAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * The stored customers like one with this name, phone and tax id (each may be blank),
	 * other than {@code exceptId} (the customer being edited; null on registration), the
	 * exact ones (name, tax id) first.
	 */
	@Transactional(readOnly = true)
	public List<Match> find(UserPrincipal user, String name, String phone, String taxId, Long exceptId) {
		String nameKey = CompanyNames.key(name);
		String tax = CompanyNames.taxId(taxId);
		String digits = CompanyNames.phoneDigits(phone);
		if (nameKey == null && tax == null && digits == null) {
			return List.of();
		}
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (nameKey != null) {
			conditions.add("c.name_key = :nameKey");
			params.put("nameKey", nameKey);
		}
		if (tax != null) {
			conditions.add("c.tax_id = :taxId");
			params.put("taxId", tax);
		}
		if (digits != null && digits.length() >= 7) {
			conditions.add("c.phone_key = :phone");
			params.put("phone", digits);
		}
		if (conditions.isEmpty()) {
			return List.of();
		}
		params.put("except", (exceptId != null) ? exceptId : -1L);
		Visibility visibility = this.access.visibility(user);
		List<Match> matches = new ArrayList<>(this.jdbc.sql("""
				select c.id, c.code, c.name, c.owner_id, c.name_key, c.tax_id, c.phone_key, u.display_name
				from customer c left join app_user u on u.id = c.owner_id
				where c.id <> :except and (""" + String.join(" or ", conditions) + ") order by c.id")
			.params(params)
			.query((rs, n) -> {
				List<On> on = new ArrayList<>();
				if (nameKey != null && nameKey.equals(rs.getString("name_key"))) {
					on.add(On.NAME);
				}
				if (tax != null && tax.equals(rs.getString("tax_id"))) {
					on.add(On.TAX_ID);
				}
				if (digits != null && digits.equals(rs.getString("phone_key"))) {
					on.add(On.PHONE);
				}
				long id = rs.getLong("id");
				Long owner = rs.getObject("owner_id", Long.class);
				boolean visible = owner == null || visibility.canSeeCustomer(owner, id);
				return visible
						? new Match(true, id, rs.getString("code"), rs.getString("name"), rs.getString("display_name"),
								owner == null, List.copyOf(on))
						: new Match(false, null, null, null, null, false, List.copyOf(on));
			})
			.list());
		matches.removeIf((match) -> match.matchedOn().isEmpty());
		matches.sort((a, b) -> Boolean.compare(b.exact(), a.exact()));
		return matches.subList(0, Math.min(LIMIT, matches.size()));
	}

}
