package org.salesteam.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rep's daily round in a real browser: the customer list, one customer's 360° page with
 * its sales figures loaded by htmx and its org chart drawn by ECharts, the orders and the
 * opportunity board — all without a console error (the extension fails the test on one,
 * which also catches Content-Security-Policy violations).
 */
@BrowserJourney
class SalesJourneyTests {

	@Test
	void repWorksThroughCustomersOrdersAndOpportunities(Browser browser) {
		browser.signIn("rep1", "demo");
		browser.clickAndWaitForNextPage("#navCustomers");
		assertThat(browser.findAll("table tbody tr")).isNotEmpty();
		browser.screenshot("customers-rep1");

		browser.clickAndWaitForNextPage("table tbody tr a[href^='/customers/']");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("salesThisYear")));
		assertThat(browser.text("#salesThisYear")).startsWith("¥");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until((driver) -> browser.exists("#orgChart canvas") || browser.exists("#orgChart svg"));
		browser.screenshot("customer-360");

		browser.visit("/orders");
		assertThat(browser.findAll("table tbody tr")).isNotEmpty();
		browser.screenshot("orders-rep1");

		browser.visit("/opportunities?view=board");
		browser.screenshot("opportunity-board-rep1");
	}

	@Test
	void customerPageWorksAtPhoneWidth(@Phone Browser browser) {
		browser.signIn("manager1", "demo");
		browser.visit("/customers");
		assertThat(browser.overflowsHorizontally()).isFalse();
		browser.screenshot("phone-customers-manager1");
	}

}
