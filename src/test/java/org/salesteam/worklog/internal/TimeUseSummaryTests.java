package org.salesteam.worklog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesteam.worklog.TimeUseCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salesteam.worklog.TimeUseCategory.ADMIN;
import static org.salesteam.worklog.TimeUseCategory.FAMILY_ADMINISTRATION;
import static org.salesteam.worklog.TimeUseCategory.FAMILY_FINANCE;
import static org.salesteam.worklog.TimeUseCategory.FAMILY_MARKETING;
import static org.salesteam.worklog.TimeUseCategory.FAMILY_PERSONNEL;
import static org.salesteam.worklog.TimeUseCategory.FAMILY_SALES;
import static org.salesteam.worklog.TimeUseCategory.SELLING_FACE_TO_FACE;
import static org.salesteam.worklog.TimeUseCategory.SELLING_PHONE;
import static org.salesteam.worklog.TimeUseCategory.TRAVEL;
import static org.salesteam.worklog.TimeUseCategory.WAITING;

/** The selling ÷ non-selling ratio and the family shares, computed by hand. */
class TimeUseSummaryTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	@Test
	void sellingOverNonSellingIsRoundedToTwoDecimals() {
		// selling 150 + 130 = 280, non-selling 90 + 30 + 50 = 170: 280 / 170 = 1.647… →
		// 1.65
		TimeUseSummary summary = summary(
				Map.of(SELLING_FACE_TO_FACE, 150L, SELLING_PHONE, 130L, TRAVEL, 90L, WAITING, 30L, ADMIN, 50L), false);
		assertThat(summary.sellingMinutes()).isEqualTo(280);
		assertThat(summary.nonSellingMinutes()).isEqualTo(170);
		assertThat(summary.ratio()).isEqualByComparingTo("1.65");
		assertThat(summary.minutes()).hasSize(8).containsEntry(TimeUseCategory.SERVICE, 0L);
		assertThat(summary.families()).isNull();
	}

	@Test
	void theRatioIsUndefinedWithoutNonSellingTime() {
		TimeUseSummary summary = summary(Map.of(SELLING_FACE_TO_FACE, 240L), false);
		assertThat(summary.ratio()).isNull();
		assertThat(summary(Map.of(), false).ratio()).isNull();
		// no selling but some non-selling time is a defined 0
		assertThat(summary(Map.of(TRAVEL, 60L), false).ratio()).isEqualByComparingTo("0");
	}

	@Test
	void familySharesAreComparedWithTheHandbooksBenchmark() {
		// 180 + 120 + 60 + 90 + 30 = 480 minutes
		TimeUseSummary summary = summary(Map.of(FAMILY_SALES, 180L, FAMILY_PERSONNEL, 120L, FAMILY_MARKETING, 60L,
				FAMILY_ADMINISTRATION, 90L, FAMILY_FINANCE, 30L), true);
		assertThat(summary.familyMinutes()).isEqualTo(480);
		assertThat(summary.families()).extracting(TimeUseSummary.FamilyShare::share)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.3750"), new BigDecimal("0.2500"), new BigDecimal("0.1250"),
					new BigDecimal("0.1875"), new BigDecimal("0.0625"));
		assertThat(summary.families()).extracting(TimeUseSummary.FamilyShare::benchmark)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.36"), new BigDecimal("0.20"), new BigDecimal("0.18"),
					new BigDecimal("0.18"), new BigDecimal("0.08"));
		// 0.375 - 0.36 = 0.015 over; 0.125 - 0.18 = 0.055 under
		assertThat(summary.families().get(0).gap()).isEqualByComparingTo("0.015");
		assertThat(summary.families().get(2).gap()).isEqualByComparingTo("-0.055");
		assertThat(summary.ratio()).as("families are not rep time").isNull();
	}

	@Test
	void familySharesAreUndefinedWhenAManagerLoggedNoFamilyTime() {
		TimeUseSummary summary = summary(Map.of(SELLING_FACE_TO_FACE, 60L, TRAVEL, 30L), true);
		assertThat(summary.families()).hasSize(5).allSatisfy((share) -> {
			assertThat(share.share()).isNull();
			assertThat(share.gap()).isNull();
		});
		assertThat(summary.ratio()).isEqualByComparingTo("2.00");
	}

	private static TimeUseSummary summary(Map<TimeUseCategory, Long> totals, boolean leads) {
		return TimeUseSummary.of("u", "U", DAY, DAY, 1, totals, leads);
	}

}
