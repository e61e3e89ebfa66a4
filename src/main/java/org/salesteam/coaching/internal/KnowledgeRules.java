package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The knowledge checklist's rules, free of lookups. An item is DONE with an accepted
 * proof still valid today (a proof of an item with {@code validDays} expires that many
 * days after it was accepted, and the item comes back as EXPIRED); without one it is OPEN
 * until its due day (joining day + {@code dueDays}) and OVERDUE after. A quiz passes at
 * 80 %; a data check at 90 % overlap with the system's top ⌈20 %⌉ prospects.
 */
public final class KnowledgeRules {

	/** The pass mark of a quiz, in percent. */
	public static final int QUIZ_PASS = 80;

	/** The share of the system's top prospects a rep's list must name. */
	public static final BigDecimal DATA_CHECK_PASS = new BigDecimal("0.90");

	public enum Status {

		DONE, EXPIRED, OPEN, OVERDUE

	}

	/** An item as the checklist needs it. */
	public record Item(String code, String area, String what, String example, String source, int dueDays, String proof,
			boolean required, Integer validDays) {
	}

	private KnowledgeRules() {
	}

	/**
	 * The status of an item on {@code today} for a rep who joined on {@code joinedOn},
	 * given the day its latest proof was accepted ({@code null}: never).
	 */
	public static Status status(Item item, LocalDate provedOn, LocalDate joinedOn, LocalDate today) {
		if (provedOn != null) {
			boolean valid = item.validDays() == null || !today.isAfter(provedOn.plusDays(item.validDays()));
			return valid ? Status.DONE : Status.EXPIRED;
		}
		return today.isAfter(joinedOn.plusDays(item.dueDays())) ? Status.OVERDUE : Status.OPEN;
	}

	/** How many of {@code prospects} make the top 20 %: ⌈0.2 × n⌉. */
	public static int topCount(int prospects) {
		return (int) Math.ceil(prospects * 0.2);
	}

	/**
	 * The share of {@code top} that {@code named} contains, six decimals; 0 for an empty
	 * top.
	 */
	public static BigDecimal overlap(Collection<Long> named, List<Long> top) {
		if (top.isEmpty()) {
			return BigDecimal.ZERO;
		}
		Set<Long> given = new HashSet<>(named);
		long hits = top.stream().filter(given::contains).count();
		return BigDecimal.valueOf(hits).divide(BigDecimal.valueOf(top.size()), 6, RoundingMode.HALF_UP);
	}

}
