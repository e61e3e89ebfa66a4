package org.salesteam.retention.internal;

import org.salesteam.platform.PrincipalSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's referral turned prospect (ADR 0051): the company rep6's key account referred
 * in its held annual review ({@link DemoAccountReviews}) is registered by rep6 as a
 * prospect linked to the meeting, as the meeting page's form would. Once, when no
 * referral is linked yet and no customer has the name.
 */
@Component
@Order(100)
class DemoReviewReferrals implements ApplicationRunner {

	static final String REFERRED = "深圳嘉禾文化传播有限公司";

	private static final Logger log = LoggerFactory.getLogger(DemoReviewReferrals.class);

	private final JdbcClient jdbc;

	private final ReviewReferrals referrals;

	private final PrincipalSource principals;

	private final boolean enabled;

	DemoReviewReferrals(JdbcClient jdbc, ReviewReferrals referrals, PrincipalSource principals,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.referrals = referrals;
		this.principals = principals;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled
				|| this.jdbc.sql("select count(*) from retention_review_referral").query(Long.class).single() > 0
				|| this.jdbc.sql("select count(*) from customer where name = :n")
					.param("n", REFERRED)
					.query(Long.class)
					.single() > 0) {
			return;
		}
		this.jdbc.sql("""
				select r.id from retention_account_review r join customer c on c.id = r.customer_id
				join app_user u on u.id = c.owner_id
				where u.username = 'rep6' and r.status = 'HELD' and r.referral_received is not null
				order by r.held_on desc, r.id fetch first 1 rows only""")
			.query(Long.class)
			.optional()
			.ifPresent((review) -> this.principals.findActive("rep6").ifPresent((rep) -> {
				long prospect = this.referrals.register(rep, review, REFERRED);
				log.info("Demo referral: prospect {} linked to annual review {}", prospect, review);
			}));
	}

}
