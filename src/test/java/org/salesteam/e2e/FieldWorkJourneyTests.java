package org.salesteam.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field work in a real browser: a rep logs an activity and a day's time use and qualifies
 * a prospect (in Chinese); a manager opens the manager's week, the self-assessments and
 * the weekly and monthly compliance (in English), and again on a phone. No page overflows
 * sideways on the phone; no console error anywhere.
 */
@BrowserJourney
class FieldWorkJourneyTests {

	@Test
	void aRepLogsAnActivityAndTheDaysTimeAndQualifiesAProspect(Browser browser) {
		// not rep2: LoginJourneyTests locks rep2 out
		browser.signIn("rep4", "demo");
		browser.visit("/activities?lang=zh-CN");
		new Select(browser.find("#type")).selectByValue("PROPOSAL");
		browser.find("#durationMinutes").clear();
		browser.find("#durationMinutes").sendKeys("90");
		browser.find("#outcome").sendKeys("给印刷厂做了包装升级方案");
		browser.clickAndWaitForNextPage("#logActivity");
		assertThat(browser.text("#activityTable")).contains("给印刷厂做了包装升级方案");
		browser.screenshot("field-activity-logged-zh");

		browser.visit("/time-use");
		browser.find("#m_SELLING_FACE_TO_FACE").clear();
		browser.find("#m_SELLING_FACE_TO_FACE").sendKeys("240");
		browser.find("#m_TRAVEL").clear();
		browser.find("#m_TRAVEL").sendKeys("120");
		browser.find("#m_ADMIN").clear();
		browser.find("#m_ADMIN").sendKeys("60");
		browser.clickAndWaitForNextPage("#saveDay");
		assertThat(browser.text("#sellingRatio")).isNotEqualTo("—");
		browser.screenshot("field-time-use-zh");

		browser.visit("/customers?status=PROSPECT");
		browser.clickAndWaitForNextPage("#customerTable tbody tr a");
		browser.waitFor("#qualificationForm");
		for (var box : browser.findAll("#qualificationForm input[type=checkbox]")) {
			if (!box.isSelected()) {
				box.click();
			}
		}
		browser.find("#qualificationNote").sendKeys("预算和决策人都已确认");
		browser.clickAndWaitForNextPage("#qualifySubmit");
		browser.waitFor("#qualificationState");
		assertThat(browser.text("#qualificationState")).contains("已通过审核");
		browser.screenshot("field-qualification-zh");
	}

	@Test
	void aManagerOpensTheWeekTheSelfAssessmentsAndTheComplianceInEnglish(Browser browser) {
		browser.signIn("manager1", "demo");
		browser.visit("/manager-week?lang=en");
		browser.find("#goal0").clear();
		browser.find("#goal0").sendKeys("Coach Joe on prospecting");
		browser.clickAndWaitForNextPage("#saveWeek");
		assertThat(browser.find("#goal0").getAttribute("value")).isEqualTo("Coach Joe on prospecting");
		assertThat(browser.text("h1")).isEqualTo("Weekly planning guide");
		browser.screenshot("field-manager-week-en");

		browser.visit("/self-assessments");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.cssSelector("#assessmentChart canvas, #assessmentChart svg"))
				.isEmpty());
		assertThat(browser.text("h1")).isNotBlank();
		browser.screenshot("field-self-assessments-en");

		browser.visit("/visit-standards/compliance");
		assertThat(browser.text("#monthlyCompliance")).isEqualTo("Monthly compliance");
		assertThat(browser.findAll("#monthlyComplianceTable tbody tr")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(browser.text("#monthlyComplianceTable")).contains("conv.");
		browser.screenshot("field-compliance-en");
	}

	@Test
	void aManagerOpensTheWeekAndTheSelfAssessmentsOnAPhone(@Phone Browser phone) {
		phone.signIn("manager2", "demo");
		phone.visit("/manager-week");
		phone.waitFor("#weekForm");
		assertThat(phone.overflowsHorizontally()).as("manager's week overflows sideways").isFalse();
		phone.screenshot("phone-manager-week");
		phone.visit("/self-assessments");
		phone.waitFor("#assessmentForm");
		assertThat(phone.overflowsHorizontally()).as("self-assessments overflow sideways").isFalse();
		phone.screenshot("phone-self-assessments");
		phone.visit("/visit-standards/compliance");
		assertThat(phone.overflowsHorizontally()).as("compliance overflows sideways").isFalse();
		phone.screenshot("phone-compliance");
	}

}
