package org.salesteam.keyaccount.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The relationship map's red flags and status (issue 19, ADR 0035), a pure function of
 * the contacts: RED when no economic buyer (决策者) is known or an influential opponent
 * (influence ≥ 4) has not been met in 90 days; AMBER when the account hangs on a single
 * thread (at most one contact met in 90 days); GREEN otherwise.
 */
public enum RelationshipStatus {

	GREEN, AMBER, RED;

	/** A red flag of the map. */
	public enum Flag {

		NO_ECONOMIC_BUYER, OPPONENT_UNADDRESSED, SINGLE_THREAD

	}

	/** What the rule needs of one contact. */
	public record Contact(String buyingRole, String attitude, int influence, boolean metIn90Days) {
	}

	/** The flags raised by these contacts, in the order of {@link Flag}. */
	public static List<Flag> flags(List<Contact> contacts) {
		List<Flag> flags = new ArrayList<>();
		if (contacts.stream().noneMatch((c) -> "DECISION_MAKER".equals(c.buyingRole()))) {
			flags.add(Flag.NO_ECONOMIC_BUYER);
		}
		if (contacts.stream()
			.anyMatch((c) -> "OPPONENT".equals(c.attitude()) && c.influence() >= 4 && !c.metIn90Days())) {
			flags.add(Flag.OPPONENT_UNADDRESSED);
		}
		if (contacts.stream().filter(Contact::metIn90Days).count() <= 1) {
			flags.add(Flag.SINGLE_THREAD);
		}
		return flags;
	}

	public static RelationshipStatus of(List<Flag> flags) {
		if (flags.contains(Flag.NO_ECONOMIC_BUYER) || flags.contains(Flag.OPPONENT_UNADDRESSED)) {
			return RED;
		}
		return flags.contains(Flag.SINGLE_THREAD) ? AMBER : GREEN;
	}

}
