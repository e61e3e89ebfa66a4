package org.salesteam.worklog;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo work log carries the handbook's patterns: Arlene Summers (rep7) calls
 * prospects and resolves complaints far more than Joe Martin (rep3), who sells face to
 * face to large customers with long travel; manager1's time moves towards the benchmark.
 */
@IntegrationTest
class DemoWorklogTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void arleneWorksProspectsAndComplaintsJoeHardlyDoes() {
		long arleneCalls = count("rep7", "PROSPECT_CALL");
		long joeCalls = count("rep3", "PROSPECT_CALL");
		long averageCalls = count("rep1", "PROSPECT_CALL");
		assertThat(arleneCalls).isGreaterThan(2 * averageCalls);
		assertThat(joeCalls * 4).isLessThan(averageCalls);
		assertThat(count("rep7", "COMPLAINT_RESOLVED")).isGreaterThan(5 * count("rep3", "COMPLAINT_RESOLVED"));
		// 24 months of activities
		assertThat(
				this.jdbc.sql("select min(activity_date) from activity_log").query(java.time.LocalDate.class).single())
			.isBefore(java.time.LocalDate.now().minusMonths(23));
	}

	@Test
	void manager1SpendsLessOfHisTimeOnSellingThanTwoYearsAgo() {
		double first = salesShare("manager1", 0, 90);
		double last = salesShare("manager1", 640, 760);
		assertThat(first).isGreaterThan(0.45);
		assertThat(last).isLessThan(0.41).isGreaterThan(0.32);
	}

	private long count(String username, String type) {
		return this.jdbc.sql("""
				select count(*) from activity_log a join app_user u on u.id = a.owner_id
				where u.username = :u and a.activity_type = :t
				""").param("u", username).param("t", type).query(Long.class).single();
	}

	/**
	 * The share of FAMILY_SALES among the family minutes between two offsets (days) from
	 * the first log.
	 */
	private double salesShare(String username, int fromDay, int toDay) {
		java.time.LocalDate start = this.jdbc.sql("""
				select min(e.entry_date) from time_entry e join app_user u on u.id = e.user_id where u.username = :u
				""").param("u", username).query(java.time.LocalDate.class).single();
		return this.jdbc
			.sql("""
					select cast(sum(case when m.category = 'FAMILY_SALES' then m.minutes else 0 end) as double precision)
					       / sum(m.minutes)
					from time_entry e join time_entry_minutes m on m.time_entry_id = e.id join app_user u on u.id = e.user_id
					where u.username = :u and e.entry_date between :from and :to
					""")
			.param("u", username)
			.param("from", start.plusDays(fromDay))
			.param("to", start.plusDays(toDay))
			.query(Double.class)
			.single();
	}

}
