package org.salesteam.retention.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.retention.internal.AccountReviewPoint;

/** The planning points of a review as the API and the form send them: codes. */
final class ReviewForms {

	private ReviewForms() {
	}

	/** The points named; an unknown code is a 422 on {@code points}. */
	static Set<AccountReviewPoint> points(List<String> codes) {
		Set<AccountReviewPoint> points = EnumSet.noneOf(AccountReviewPoint.class);
		if (codes == null) {
			return points;
		}
		for (String code : codes) {
			try {
				points.add(AccountReviewPoint.valueOf(code.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				throw BusinessRuleException.onField("points", "retention.error.reviewPoint");
			}
		}
		return points;
	}

}
