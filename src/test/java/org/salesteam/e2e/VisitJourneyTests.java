package org.salesteam.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390×844): a rep plans a visit from the home page, reports it with a next
 * visit date (which plans the follow-up) and submits the week; the manager reviews the
 * week and approves it. No page overflows sideways, no console error.
 */
@BrowserJourney
class VisitJourneyTests {

	@Test
	void repPlansAndReportsAVisitAndTheManagerReviewsTheWeekOnAPhone(@Phone Browser phone) {
		phone.signIn("rep4", "demo");
		phone.clickAndWaitForNextPage("#homeNewVisit");
		assertThat(phone.overflowsHorizontally()).as("plan form overflows sideways").isFalse();
		Select customer = new Select(phone.find("#customerId"));
		customer.selectByIndex(1);
		phone.find("#objective").sendKeys("确认春节礼盒的数量和交期");
		phone.find("#contactsMet").sendKeys("采购部王经理");
		phone.screenshot("phone-visit-plan");
		phone.clickAndWaitForNextPage("#saveVisit");
		assertThat(phone.text("#visitObjective")).isEqualTo("确认春节礼盒的数量和交期");

		phone.clickAndWaitForNextPage("#completeVisit");
		assertThat(phone.overflowsHorizontally()).as("report form overflows sideways").isFalse();
		// the visit took place yesterday morning: a report may not lie in the future
		phone.script("""
				const d = new Date(); d.setDate(d.getDate() - 1);
				document.getElementById('date').value = d.toISOString().substring(0, 10);
				document.getElementById('start').value = '10:00';
				document.getElementById('end').value = '11:00';""");
		phone.find("#result").sendKeys("数量确认 5000 套，要求腊月二十前到货");
		phone.find("#nextAction").sendKeys("送打样件给王经理确认");
		String nextDay = (String) phone.script("""
				const d = new Date(document.getElementById('date').value); d.setDate(d.getDate() + 7);
				return d.toISOString().substring(0, 10);""");
		phone.script("document.getElementById('nextVisitDate').value = arguments[0];", nextDay);
		phone.find("#travel").sendKeys("60");
		phone.screenshot("phone-visit-complete");
		phone.clickAndWaitForNextPage("#saveReport");
		assertThat(phone.text("#visitResult")).isEqualTo("数量确认 5000 套，要求腊月二十前到货");
		phone.clickAndWaitForNextPage("#followUpLink");
		assertThat(phone.text("#visitObjective")).isEqualTo("送打样件给王经理确认");
		assertThat(phone.overflowsHorizontally()).as("visit page overflows sideways").isFalse();

		phone.visit("/");
		phone.clickAndWaitForNextPage("#homeMyWeek");
		assertThat(phone.overflowsHorizontally()).as("weekly plan overflows sideways").isFalse();
		String week = phone.path();
		if (phone.exists("#submitPlan")) {
			if (phone.exists("#shortfallReasonInput")) {
				phone.find("#shortfallReasonInput").sendKeys("本周两天参加印刷展，拜访少于标准");
			}
			phone.clickAndWaitForNextPage("#submitPlan");
		}
		assertThat(phone.find("#planStatus").getAttribute("class")).contains("st-plan-SUBMITTED");
		phone.screenshot("phone-visit-week");
		phone.signOut();

		phone.signIn("manager1", "demo");
		phone.clickAndWaitForNextPage("#homeTeamPlans");
		assertThat(phone.overflowsHorizontally()).as("team plans overflow sideways").isFalse();
		phone.screenshot("phone-visit-team-plans");
		phone.visit(week);
		phone.find("#reviewCommentInput").sendKeys("安排合理，春节礼盒要盯紧交期。");
		phone.clickAndWaitForNextPage("#approvePlan");
		new WebDriverWait(phone.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.id("planStatus")).getAttribute("class").contains("APPROVED"));
		assertThat(phone.text("#reviewComment")).isEqualTo("安排合理，春节礼盒要盯紧交期。");
		phone.screenshot("phone-visit-reviewed");
	}

}
