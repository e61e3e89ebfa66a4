package org.salesteam.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer 360 timeline, the bulk actions on the customer list, the order-lines page
 * and the stage-probability page in a real browser, in Chinese and English, and the new
 * lists at phone width — without a console error.
 */
@BrowserJourney
class CrmJourneyTests {

	@Test
	void directorUsesTimelineBulkBarOrderLinesAndProbabilities(Browser browser) {
		browser.signIn("director", "demo");
		browser.visit("/customers");
		browser.find("#selectAll").click();
		assertThat(Integer.parseInt(browser.text("#selectedCount")))
			.isEqualTo(browser.findAll("input[name=ids]").size())
			.isPositive();
		browser.screenshot("crm-customers-bulk");

		// the active customer with the latest activity: its timeline holds orders
		browser.visit("/customers?status=ACTIVE&sort=lastActivity&desc=true");
		browser.clickAndWaitForNextPage("#customerTable tbody tr a[href^='/customers/']");
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customerTimeline")));
		assertThat(browser.findAll("#customerTimeline li[data-kind]")).isNotEmpty();
		browser.script(
				"document.getElementById('customerTimeline').scrollIntoView({block: 'start', behavior: 'instant'});");
		browser.screenshot("crm-customer-timeline");
		if (browser.exists("#timelineMore")) {
			int before = browser.findAll("#customerTimeline li[data-kind]").size();
			browser.find("#timelineMore").click();
			wait.until((driver) -> browser.findAll("#customerTimeline li[data-kind]").size() > before);
		}
		String customerPage = browser.path();
		browser.visit(customerPage + "?lang=en");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customerTimeline")));
		browser.script(
				"document.getElementById('customerTimeline').scrollIntoView({block: 'start', behavior: 'instant'});");
		browser.screenshot("crm-customer-timeline-en");

		browser.visit("/orders");
		browser.clickAndWaitForNextPage("#orderLinesLink");
		assertThat(browser.path()).startsWith("/order-lines");
		assertThat(browser.findAll("#orderLineTable tbody tr")).hasSizeGreaterThan(1);
		browser.screenshot("crm-order-lines-en");
		browser.visit("/order-lines?lang=zh-CN");
		browser.screenshot("crm-order-lines");

		browser.visit("/opportunities");
		browser.clickAndWaitForNextPage("#stageProbabilities");
		assertThat(browser.find("#p-QUOTE").getAttribute("value")).isEqualTo("50");
		browser.screenshot("crm-stage-probabilities");
		browser.visit("/opportunity-stages?lang=en");
		browser.screenshot("crm-stage-probabilities-en");
		browser.visit("/opportunity-stages?lang=zh-CN");
	}

	@Test
	void newPagesFitAPhone(@Phone Browser phone) {
		phone.signIn("manager1", "demo");
		phone.visit("/order-lines");
		assertThat(phone.overflowsHorizontally()).as("order lines overflow sideways").isFalse();
		phone.screenshot("crm-phone-order-lines");
		phone.visit("/customers");
		phone.clickAndWaitForNextPage("#customerTable tbody tr a[href^='/customers/']");
		new WebDriverWait(phone.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("customerTimeline")));
		assertThat(phone.overflowsHorizontally()).as("customer page overflows sideways").isFalse();
		phone.script(
				"document.getElementById('customerTimeline').scrollIntoView({block: 'start', behavior: 'instant'});");
		phone.screenshot("crm-phone-customer-timeline");
	}

}
