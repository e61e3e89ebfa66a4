package org.salesteam.e2e;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key-account planning in the browser: the manager opens the demo portfolio's matrix,
 * goes from a STAR account to its key-account page, drafts next year's plan with a sales
 * objective and submits it; the director approves it. (The portfolio's ten steps
 * themselves are run through the API: PortfolioApiTests.)
 */
@BrowserJourney
class KeyAccountJourneyTests {

	@Test
	void aManagerPlansAStarAccountAndTheDirectorApproves(Browser browser) {
		browser.signIn("manager1", "demo");
		browser.visit("/key-accounts");
		browser.clickAndWaitForNextPage("#portfolios a");
		browser.waitFor("#portfolioChart canvas");
		assertThat(browser.texts("#matrixTable td:nth-child(4)")).contains("明星型（选择性投资）");
		browser.screenshot("keyaccount-matrix");
		browser.clickAndWaitForNextPage("#matrixTable a[data-box='STAR']");
		assertThat(browser.exists("#teamTable")).isTrue();
		assertThat(browser.exists("#mapStatus")).isTrue();
		browser.screenshot("keyaccount-account");

		int next = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
		browser.find("#planYear").clear();
		browser.find("#planYear").sendKeys(String.valueOf(next));
		browser.clickAndWaitForNextPage("#newPlan");
		assertThat(browser.path()).startsWith("/key-accounts/plans/");
		String plan = browser.path();
		browser.find("#objectiveDescription").sendKeys("新品线销售额");
		new Select(browser.find("#objectiveKpi")).selectByValue("SALES");
		browser.find("#objectiveTarget").sendKeys("500000");
		browser.clickAndWaitForNextPage("#addObjective");
		assertThat(browser.text("#objectives")).contains("新品线销售额");
		browser.clickAndWaitForNextPage("#submitPlan");
		assertThat(browser.text("#planStatus")).isEqualTo("待审批");
		assertThat(browser.severeConsoleMessages()).isEmpty();
		browser.screenshot("keyaccount-plan-submitted");

		browser.signOut();
		browser.signIn("director", "demo");
		browser.visit(plan);
		browser.clickAndWaitForNextPage("#approvePlan");
		assertThat(browser.text("#planStatus")).isEqualTo("已批准");
	}

}
