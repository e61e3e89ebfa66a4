package org.salesteam.worklog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesteam.worklog.TimeUseCategory;

/**
 * A user's time use over a period. {@code ratio} is selling ÷ non-selling minutes (2
 * decimals), {@code null} when there is no non-selling time — undefined, never 0.
 * {@code families} is present for managers and directors only: each family's share of the
 * family minutes (a fraction, 4 decimals; null when no family time is logged) against the
 * handbook's benchmark.
 *
 * @param minutes the rep categories' minutes, every category present (0 when none)
 */
public record TimeUseSummary(String username, String displayName, LocalDate from, LocalDate to, long daysLogged,
		Map<TimeUseCategory, Long> minutes, long sellingMinutes, long nonSellingMinutes, BigDecimal ratio,
		long familyMinutes, List<FamilyShare> families) {

	/** One family of the manager's time against its benchmark. */
	public record FamilyShare(TimeUseCategory family, long minutes, BigDecimal share, BigDecimal benchmark) {

		/**
		 * Share minus benchmark to a tenth of a percent (3 decimals), null when the share
		 * is undefined.
		 */
		public BigDecimal gap() {
			return (this.share != null)
					? this.share.subtract(this.benchmark).setScale(3, java.math.RoundingMode.HALF_UP) : null;
		}

	}

	/**
	 * The figures from the summed minutes per category.
	 * @param leads whether the user is a manager or director (the families are shown)
	 */
	static TimeUseSummary of(String username, String displayName, LocalDate from, LocalDate to, long daysLogged,
			Map<TimeUseCategory, Long> totals, boolean leads) {
		Map<TimeUseCategory, Long> minutes = new EnumMap<>(TimeUseCategory.class);
		long selling = 0;
		long nonSelling = 0;
		long family = 0;
		for (TimeUseCategory category : TimeUseCategory.values()) {
			long value = totals.getOrDefault(category, 0L);
			switch (category.kind()) {
				case SELLING -> selling += value;
				case NON_SELLING -> nonSelling += value;
				case FAMILY -> family += value;
			}
			if (!category.isFamily()) {
				minutes.put(category, value);
			}
		}
		BigDecimal ratio = (nonSelling == 0) ? null
				: BigDecimal.valueOf(selling).divide(BigDecimal.valueOf(nonSelling), 2, RoundingMode.HALF_UP);
		List<FamilyShare> families = null;
		if (leads) {
			families = new ArrayList<>();
			for (TimeUseCategory category : TimeUseCategory.families()) {
				long value = totals.getOrDefault(category, 0L);
				BigDecimal share = (family == 0) ? null
						: BigDecimal.valueOf(value).divide(BigDecimal.valueOf(family), 4, RoundingMode.HALF_UP);
				families.add(new FamilyShare(category, value, share, category.benchmark()));
			}
		}
		return new TimeUseSummary(username, displayName, from, to, daysLogged, minutes, selling, nonSelling, ratio,
				family, families);
	}

}
