package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's annual review meetings (ADR 0047), on the first key account without
 * an account team of rep1, rep6 and rep2: rep6's was held 40 days ago with most planning
 * points, feedback, satisfaction 4, a referral and two actions (one done, one late);
 * rep1's was planned 12 days ago and not held (overdue for manager1); rep2's is planned
 * in three weeks. After the key-account demo (its plans feed the pack). Once, when no
 * review exists.
 */
@Component
@Order(99)
class DemoAccountReviews implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccountReviews.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AccountReviewRepository reviews;

	private final Clock clock;

	private final boolean enabled;

	DemoAccountReviews(JdbcClient jdbc, TransactionTemplate transaction, AccountReviewRepository reviews, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.reviews = reviews;
		this.clock = clock;
		this.enabled = enabled;
	}

	private record Account(long customerId, long ownerId) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.reviews.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		this.transaction.executeWithoutResult((status) -> {
			account("rep6").ifPresent((account) -> held(account, today.minusDays(40)));
			account("rep1").ifPresent((account) -> this.reviews
				.save(new AccountReview(account.customerId(), today.minusDays(12), account.ownerId())));
			account("rep2").ifPresent((account) -> this.reviews
				.save(new AccountReview(account.customerId(), today.plusDays(21), account.ownerId())));
		});
		log.info("Demo annual account reviews: {}", this.reviews.count());
	}

	private void held(Account account, LocalDate day) {
		AccountReview review = new AccountReview(account.customerId(), day.minusDays(3), account.ownerId());
		long manager = this.jdbc.sql("""
				select t.manager_id from app_user u join sales_team t on t.id = u.team_id where u.id = :u
				""").param("u", account.ownerId()).query(Long.class).optional().orElse(account.ownerId());
		review.hold(
				new ReviewMinutes(day,
						EnumSet.of(AccountReviewPoint.MEAL, AccountReviewPoint.GOOD_ROOM,
								AccountReviewPoint.INFLUENTIAL_PEOPLE, AccountReviewPoint.LAST_YEAR_FIGURES,
								AccountReviewPoint.OVER_AN_HOUR, AccountReviewPoint.OPEN_QUESTIONS,
								AccountReviewPoint.NEW_OFFER, AccountReviewPoint.ASK_REFERRALS),
						"采购部王经理、市场部李总监；我方销售、华南部经理", "对交期满意；画册的色差问题希望打样时一次解决", 4, "明年起季度宣传册改为小批量多批次；想试用环保纸", true,
						"客户介绍了关联公司 深圳嘉禾文化传播（市场部 陈女士）", "逐项回顾了去年的销售额、两次投诉和处理时限；介绍了环保纸系列和小批量快印方案。", List.of()),
				List.of(new ReviewAction("环保纸样册寄给客户市场部", account.ownerId(), day.plusDays(7)),
						new ReviewAction("小批量多批次的报价方案", manager, day.plusDays(30))));
		review.actionDone(0, day.plusDays(5));
		this.reviews.save(review);
	}

	private java.util.Optional<Account> account(String username) {
		return this.jdbc.sql("""
				select c.id, c.owner_id from customer c join app_user u on u.id = c.owner_id
				where u.username = :u and c.key_account = true and c.status <> 'LOST'
				  and not exists (select 1 from account_team_member m where m.customer_id = c.id)
				order by c.potential desc, c.id fetch first 1 rows only
				""").param("u", username).query((rs, row) -> new Account(rs.getLong(1), rs.getLong(2))).optional();
	}

}
