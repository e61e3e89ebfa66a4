package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results are announced once, on FINAL (ADR 0039): a contest still in its window or grace
 * days is not announced; a finished one is, once, to the inbox of its designer,
 * participants and its team's manager, naming the winners; a second run announces
 * nothing.
 */
@IntegrationTest
class ContestAnnouncementTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	ContestAnnouncements announcements;

	@Autowired
	ContestRepository contests;

	@Autowired
	JdbcClient jdbc;

	private long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long contest(String name, LocalDate from, LocalDate to, long owner, long team, Set<String> reps) {
		ContestDraft draft = new ContestDraft(name, null, "SALES", from, to, 3, "ABSOLUTE", "THRESHOLD", null,
				new BigDecimal("0.01"), null, null, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, List.of(),
				Map.of());
		Contest contest = new Contest(owner);
		contest.apply(draft, Set.of(team), reps, Set.of(), false);
		contest.launch(Instant.parse("2020-01-01T00:00:00Z"), null);
		return this.contests.save(contest).getId();
	}

	private List<String> inbox(long contest) {
		return this.jdbc.sql("""
				select u.username from notification n join app_user u on u.id = n.recipient_id
				where n.event_key = :key order by u.username
				""").param("key", "CONTEST_RESULTS:" + contest).query(String.class).list();
	}

	@Test
	void aFinishedContestIsAnnouncedOnceToItsPeople() {
		long manager = userId("manager2");
		long team = this.jdbc.sql("select id from sales_team where manager_id = :m")
			.param("m", manager)
			.query(Long.class)
			.single();
		// the team's placed sales in the window: every rep who sold anything reaches 0.01
		String rep = this.jdbc.sql("""
				select min(u.username) from app_user u
				where u.team_id = :t and u.username like 'rep%' and u.active = true
				""").param("t", team).query(String.class).single();
		long closing = contest("公布测试·宽限期", TODAY.minusDays(5), TODAY.minusDays(2), manager, team, Set.of(rep));
		long finished = contest("公布测试·已结束", TODAY.minusDays(60), TODAY.minusDays(31), manager, team, Set.of(rep));

		assertThat(this.announcements.announce(closing)).isFalse();
		assertThat(inbox(closing)).isEmpty();

		assertThat(this.announcements.announce(finished)).isTrue();
		assertThat(inbox(finished)).containsExactlyInAnyOrder("manager2", rep);
		Map<String, Object> notice = this.jdbc.sql(
				"select message_key, message_args, link from notification where event_key = :key and recipient_id = :m")
			.param("key", "CONTEST_RESULTS:" + finished)
			.param("m", manager)
			.query()
			.singleRow();
		assertThat(notice.get("link")).isEqualTo("/contests/" + finished);
		BigDecimal sold = this.jdbc.sql("""
				select coalesce(sum(o.net_amount), 0) from sales_order o join app_user u on u.id = o.owner_id
				where u.username = :rep and o.status in ('CONFIRMED', 'DELIVERED')
				  and o.order_date >= :from and o.order_date <= :to
				""")
			.param("rep", rep)
			.param("from", java.sql.Date.valueOf(TODAY.minusDays(60)))
			.param("to", java.sql.Date.valueOf(TODAY.minusDays(31)))
			.query(BigDecimal.class)
			.single();
		String name = this.jdbc.sql("select display_name from app_user where username = :u")
			.param("u", rep)
			.query(String.class)
			.single();
		long prizes = this.jdbc.sql("""
				select count(*) from recognition
				where user_id = :u and kind = 'CONTEST_PRIZE' and subject = :s and detail = :d
				""")
			.param("u", userId(rep))
			.param("s", "contest:" + finished)
			.param("d", "公布测试·已结束")
			.query(Long.class)
			.single();
		if (sold.signum() > 0) {
			assertThat(notice.get("message_key")).isEqualTo("motivation.notice.results");
			assertThat((String) notice.get("message_args")).contains(name);
			assertThat(prizes).as("the winner's recognition (ADR 0046)").isEqualTo(1);
		}
		else {
			assertThat(notice.get("message_key")).isEqualTo("motivation.notice.resultsNoWinner");
			assertThat(prizes).isZero();
		}
		assertThat(this.contests.findById(finished).orElseThrow().getAnnouncedAt()).isNotNull();

		assertThat(this.announcements.announce(finished)).isFalse();
		assertThat(inbox(finished)).hasSize(2);
	}

}
