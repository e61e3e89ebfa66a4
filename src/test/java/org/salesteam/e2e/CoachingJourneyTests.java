package org.salesteam.e2e;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's coaching journey: manager1 coaches rep1 on one of rep1's coming visits from
 * the objective through the plan and the observation; rep1 fills the three-phase debrief
 * on a phone right after the visit, without sideways scrolling; manager1 records the
 * review and the session is done. Then rep3's training list shows the data diagnosis.
 */
@BrowserJourney
class CoachingJourneyTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** rep1's next planned visit at least three days ahead, not coached yet. */
	private long comingVisitOfRep1() {
		return this.jdbc.sql("""
				select v.id from visit v join app_user u on u.id = v.rep_id
				where u.username = 'rep1' and v.status = 'PLANNED' and v.visit_date >= :from and v.visit_date <= :to
				  and not exists (select 1 from coaching_session s where s.visit_id = v.id)
				order by v.planned_at, v.id fetch first 1 rows only""")
			.param("from", LocalDate.now(this.clock).plusDays(3))
			.param("to", LocalDate.now(this.clock).plusWeeks(4))
			.query(Long.class)
			.single();
	}

	private static void fill(Browser browser, String... idsAndTexts) {
		for (int i = 0; i < idsAndTexts.length; i += 2) {
			browser.find("#" + idsAndTexts[i]).sendKeys(idsAndTexts[i + 1]);
		}
	}

	@Test
	void aManagerCoachesARepFromPlanToReviewAndTheRepDebriefsOnAPhone(Browser manager, @Phone Browser rep) {
		long visit = comingVisitOfRep1();
		manager.signIn("manager1", "demo");
		manager.visit("/coaching");
		new Select(manager.find("#visitChoice")).selectByValue(String.valueOf(visit));
		manager.clickAndWaitForNextPage("#startSession");
		String session = manager.path();
		assertThat(session).matches("/coaching/\\d+.*");
		fill(manager, "objective", "确认画册印量并拿到打样确认");
		manager.clickAndWaitForNextPage("#saveStep");
		fill(manager, "actionPlan", "先回顾样品反馈，再对比两种纸张的报价", "rationale", "客户上次对色彩有顾虑");
		manager.clickAndWaitForNextPage("#saveStep");
		assertThat(manager.exists("#problem")).as("the plan was refused").isFalse();
		fill(manager, "observations", "客户一问价格就准备让步", "whyQuestions", "客户为什么更关心交期？");
		manager.clickAndWaitForNextPage("#saveStep");

		rep.signIn("rep1", "demo");
		rep.visit(session);
		rep.waitFor("#feelings");
		fill(rep, "feelings", "有点紧张，价格问题来得太早", "whatHappened", "目标是打样确认，客户先问了价格", "buyerWhy", "采购经理要向老板交代成本",
				"wentBest", "样品展示清楚", "toImprove", "不要马上让价", "problems", "打样时间没有约定", "repSolutions", "下次约采购经理一起看样",
				"practice", "演练预算问题的应对");
		assertThat(rep.overflowsHorizontally()).as("the debrief overflows sideways on a phone").isFalse();
		rep.screenshot("coaching-debrief-rep1-phone");
		rep.clickAndWaitForNextPage("#saveStep");
		assertThat(rep.exists("#problem")).as("the debrief was refused").isFalse();

		manager.visit(session);
		fill(manager, "nextObjective", "和采购经理确认打样日期", "nextPlan", "带上两种纸张方案的报价");
		manager.clickAndWaitForNextPage("#saveStep");
		assertThat(manager.find("#currentStep").getAttribute("class")).contains("text-bg-success");
		assertThat(manager.exists("#stepForm")).isFalse();
		manager.screenshot("coaching-session-done-manager1");
	}

	@Test
	void theManagerReadsRep3sDiagnosisAndTrainingList(Browser browser) {
		browser.signIn("manager1", "demo");
		browser.visit("/training-needs");
		browser.waitFor("#rep-rep3");
		browser.clickAndWaitForNextPage("#rep-rep3 a");
		assertThat(browser.text("#finding-LITTLE_PROSPECTING")).contains("几乎不开发新客户");
		assertThat(browser.texts("#needs > li").get(0)).contains("开发预期客户");
		browser.screenshot("training-needs-rep3-manager1");
	}

}
