package org.salesteam.e2e;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio's ten steps in the browser (issue 19's Done-when, ADR 0052): the manager
 * creates a portfolio, lists two key accounts (①), sets the attractiveness factors and
 * weights (②③), a judged factor's scale (④) and the success factors (⑥); two scorers
 * score both accounts (⑤⑦); the matrix (⑧) shows one STAR and one STRATEGIC account; a
 * three-year forecast (⑨); a plan for the STAR account drafted from its whitespace gaps
 * (⑩) and submitted; the director approves it.
 */
@BrowserJourney
class PortfolioStepsJourneyTests {

	@Test
	void aManagerRunsTheTenStepsAndPlansTheStarAccountFromItsGaps(Browser browser) {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 2;
		browser.signIn("manager1", "demo");
		browser.visit("/key-accounts");
		browser.find("#portfolioName").sendKeys("旅程组合");
		browser.find("#portfolioYear").clear();
		browser.find("#portfolioYear").sendKeys(String.valueOf(year));
		browser.clickAndWaitForNextPage("#createPortfolio");
		String setup = browser.path();
		assertThat(setup).matches("/key-accounts/portfolios/\\d+/setup");
		String portfolio = setup.substring(0, setup.length() - "/setup".length());

		// ① two key accounts
		List<WebElement> boxes = browser.findAll("#accountsForm input[name=customerId]");
		String star = boxes.get(0).getAttribute("value");
		String strategic = boxes.get(1).getAttribute("value");
		boxes.get(0).click();
		boxes.get(1).click();
		browser.clickAndWaitForNextPage("#saveAccounts");

		// ②③ attractiveness factors, weights 50 + 30 + 20
		fill(browser, "#factorsForm-ATTRACTIVENESS input[name=name]", "采购量与增长", "毛利", "战略契合");
		fill(browser, "#factorsForm-ATTRACTIVENESS input[name=weight]", "50", "30", "20");
		browser.clickAndWaitForNextPage("#saveFactors-ATTRACTIVENESS");
		assertThat(browser.text("#weightSum-ATTRACTIVENESS")).isEqualTo("100");
		// ④ what 0, 5 and 10 mean for the judged factor
		fill(browser, "#scaleForm-2 input[name=label]", "与我们的方向无关", "部分品类契合", "核心品类、长期合作");
		browser.clickAndWaitForNextPage("#saveScale-2");
		// ⑥ the customer's critical success factors, 40 + 30 + 30
		fill(browser, "#factorsForm-SUCCESS input[name=name]", "质量", "交期", "价格");
		fill(browser, "#factorsForm-SUCCESS input[name=weight]", "40", "30", "30");
		browser.clickAndWaitForNextPage("#saveFactors-SUCCESS");
		assertThat(browser.exists("#formError")).isFalse();
		browser.screenshot("keyaccount-setup");

		// ⑤⑦ two scorers. STAR: factor means 7, 7, 7 → AA 7.0; RS = (40·6 + 30·7 + 30·5)
		// ÷ (40·8 + 30·8 + 30·7) = 600 ÷ 770 = 0.78 < 1
		score(browser, portfolio, star, "销售部", new String[] { "8", "7", "6" }, "6", "7", "5", "8", "8", "7");
		score(browser, portfolio, star, "生产部", new String[] { "6", "7", "8" }, "6", "7", "5", "8", "8", "7");
		// STRATEGIC: AA 8, RS 8 ÷ 6 = 1.33
		score(browser, portfolio, strategic, "销售部", new String[] { "8", "8", "8" }, "8", "8", "8", "6", "6", "6");
		score(browser, portfolio, strategic, "生产部", new String[] { "8", "8", "8" }, "8", "8", "8", "6", "6", "6");

		// ⑨ the STAR account in three years
		browser.visit(portfolio + "/accounts/" + star);
		browser.find("#forecastAa").sendKeys("8");
		browser.find("#forecastRs").sendKeys("1.1");
		browser.find("#forecastSales").sendKeys("900000");
		browser.clickAndWaitForNextPage("#saveForecast");

		// ⑧ the matrix
		browser.visit(portfolio);
		browser.waitFor("#portfolioChart canvas");
		assertThat(browser.texts("#matrixTable td:nth-child(4)")).contains("明星型（选择性投资）", "战略型（投资发展）");
		assertThat(browser.text("#matrixTable")).contains("7.0").contains("0.78").contains("1.33");
		browser.screenshot("keyaccount-ten-steps-matrix");

		// ⑩ a plan for the STAR account from its whitespace gaps
		browser.clickAndWaitForNextPage("#matrixTable a[data-box='STAR']");
		browser.find("#planYear").clear();
		browser.find("#planYear").sendKeys(String.valueOf(year));
		browser.clickAndWaitForNextPage("#newPlan");
		String plan = browser.path();
		assertThat(plan).startsWith("/key-accounts/plans/");
		String gap = browser.text("#gap-0 .gap-label");
		browser.find("#gap-0 input[name=target]").sendKeys("300000");
		browser.clickAndWaitForNextPage("#gap-0 button");
		assertThat(browser.text("#objectives")).contains(gap);
		browser.clickAndWaitForNextPage("#submitPlan");
		assertThat(browser.text("#planStatus")).isEqualTo("待审批");
		assertThat(browser.severeConsoleMessages()).isEmpty();

		browser.signOut();
		browser.signIn("director", "demo");
		browser.visit(plan);
		browser.clickAndWaitForNextPage("#approvePlan");
		assertThat(browser.text("#planStatus")).isEqualTo("已批准");
	}

	private static void fill(Browser browser, String css, String... values) {
		List<WebElement> inputs = browser.findAll(css);
		for (int i = 0; i < values.length; i++) {
			inputs.get(i).clear();
			inputs.get(i).sendKeys(values[i]);
		}
	}

	/** One scorer's sheet: three attractiveness scores, then us ×3 and best ×3. */
	private static void score(Browser browser, String portfolio, String customer, String scorer, String[] scores,
			String... usThenBest) {
		browser.visit(portfolio + "/accounts/" + customer);
		browser.find("#scorer").clear();
		browser.find("#scorer").sendKeys(scorer);
		fill(browser, "#scoringForm input[name=score]", scores);
		fill(browser, "#scoringForm input[name=us]", usThenBest[0], usThenBest[1], usThenBest[2]);
		fill(browser, "#scoringForm input[name=best]", usThenBest[3], usThenBest[4], usThenBest[5]);
		browser.clickAndWaitForNextPage("#saveScores");
		assertThat(browser.path()).isEqualTo(portfolio);
	}

}
