package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.customer.Customers;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals as prospects (ADR 0051): a company the key account referred in a held annual
 * review meeting becomes a prospect customer (潜在客户, source REFERRAL) owned by the key
 * account's owner — the rep who has the relationship and will be introduced — and is
 * linked to the meeting. Rights as for changing the review (support staff 403, a review
 * of a customer the user does not see 404); a rep on the account team who is not its
 * owner registers for themselves, as the customer form allows a rep. A 422 names the
 * field: {@code status} (the meeting is not held), {@code name} (blank, longer than 200,
 * or the name of a stored customer, whoever owns it). One transaction: the customer and
 * the link, or nothing.
 */
@Service
public class ReviewReferrals {

	static final int MAX_NAME = 200;

	/** A prospect registered from a meeting, as the meeting page lists it. */
	public record Referral(long customerId, String customerCode, String customerName, String ownerName, String status) {
	}

	/** The meeting a customer was referred in, as the customer page links it. */
	public record Source(long reviewId, long accountId, String accountName, LocalDate heldOn) {
	}

	private final AccountReviewRepository reviews;

	private final RetentionAccess access;

	private final Customers customers;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReviewReferrals(AccountReviewRepository reviews, RetentionAccess access, Customers customers, JdbcClient jdbc,
			Clock clock) {
		this.reviews = reviews;
		this.access = access;
		this.customers = customers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Registers the referred company as a prospect linked to the meeting; its id. */
	@Transactional
	public long register(UserPrincipal user, long reviewId, String name) {
		AccountReview review = readable(user, reviewId);
		AccountReviews.requireWriter(user);
		if (!AccountReview.HELD.equals(review.getStatus())) {
			throw BusinessRuleException.onField("status", "retention.error.referralNotHeld");
		}
		if (name == null || name.isBlank()) {
			throw BusinessRuleException.onField("name", "retention.error.required");
		}
		if (name.trim().length() > MAX_NAME) {
			throw BusinessRuleException.onField("name", "retention.error.tooLong", MAX_NAME);
		}
		Long accountOwner = this.jdbc.sql("select owner_id from customer where id = :c")
			.param("c", review.getCustomerId())
			.query(Long.class)
			.optional()
			.orElse(null);
		long prospect = this.customers.registerReferral(user, name.trim(), accountOwner);
		this.jdbc.sql("""
				insert into retention_review_referral (customer_id, review_id, created_by, created_at)
				values (:customer, :review, :user, :now)""")
			.param("customer", prospect)
			.param("review", reviewId)
			.param("user", user.id())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return prospect;
	}

	/** The prospects registered from a meeting the user reads, oldest first. */
	@Transactional(readOnly = true)
	public List<Referral> of(UserPrincipal user, long reviewId) {
		readable(user, reviewId);
		return this.jdbc.sql("""
				select c.id, c.code, c.name, u.display_name, c.status
				from retention_review_referral r join customer c on c.id = r.customer_id
				left join app_user u on u.id = c.owner_id
				where r.review_id = :review order by r.created_at, c.id""")
			.param("review", reviewId)
			.query((rs, row) -> new Referral(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** The meeting the customer was referred in, if it was. */
	@Transactional(readOnly = true)
	public java.util.Optional<Source> sourceOf(long customerId) {
		return this.jdbc.sql("""
				select a.id, a.customer_id, c.name, a.held_on
				from retention_review_referral r join retention_account_review a on a.id = r.review_id
				join customer c on c.id = a.customer_id where r.customer_id = :customer""")
			.param("customer", customerId)
			.query((rs, row) -> new Source(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.optional();
	}

	private AccountReview readable(UserPrincipal user, long reviewId) {
		AccountReview review = this.reviews.findById(reviewId)
			.orElseThrow(() -> new NotFoundException("retention.entity.accountReview", reviewId));
		this.access.requireReadable(user, review.getCustomerId());
		return review;
	}

}
