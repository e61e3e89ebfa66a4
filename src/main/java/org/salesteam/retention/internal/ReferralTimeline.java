package org.salesteam.retention.internal;

import java.util.List;

import org.salesteam.platform.CustomerTimeline;

import org.springframework.stereotype.Component;

/**
 * The customer page's link to the annual review meeting a prospect was referred in (ADR
 * 0051): one timeline line, on the day of the meeting, opening the meeting's page. The
 * caller has checked the customer's visibility; the meeting page applies its own.
 */
@Component
class ReferralTimeline implements CustomerTimeline {

	private final ReviewReferrals referrals;

	ReferralTimeline(ReviewReferrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public List<Entry> entries(long customerId, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		return this.referrals.sourceOf(customerId)
			.map((source) -> List.of(new Entry(source.heldOn(), "referral", "retention.referral.timeline",
					List.of(source.accountName()), "/account-reviews/" + source.reviewId())))
			.orElse(List.of());
	}

}
