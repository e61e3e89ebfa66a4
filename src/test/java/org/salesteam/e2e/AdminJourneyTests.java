package org.salesteam.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's journey: create a rep through the admin pages, see the change in
 * the audit trail, and the new rep signs in with the chosen password.
 */
@BrowserJourney
class AdminJourneyTests {

	@Test
	void adminCreatesARepWhoCanThenSignIn(Browser browser) {
		browser.signIn("admin", "admin-secret");
		browser.visit("/admin/users");
		browser.screenshot("admin-users");
		browser.visit("/admin/users/new");
		browser.find("#username").sendKeys("rep_e2e");
		browser.find("#password").sendKeys("Journey-2026");
		browser.find("#displayName").sendKeys("韩梅梅");
		browser.find("input[name='roles'][value='REP']").click();
		browser.clickAndWaitForNextPage("#saveUser");
		assertThat(browser.text("#flash")).contains("rep_e2e");

		browser.visit("/admin/audit?entityType=user");
		assertThat(browser.driver().getPageSource()).contains("rep_e2e");
		browser.screenshot("admin-audit");

		browser.signOut();
		browser.signIn("rep_e2e", "Journey-2026");
		assertThat(browser.text("h1")).isEqualTo("韩梅梅，您好");
	}

	@Test
	void repIsRefusedTheAdminPages(Browser browser) {
		browser.signIn("rep1", "demo");
		browser.visit("/admin/users");
		assertThat(browser.text("h1")).isEqualTo("没有权限");
		assertThat(browser.exists("#userForm")).isFalse();
		// the refusal itself is the one console entry this journey expects: a 403 for the
		// page
		assertThat(browser.severeConsoleMessages()).singleElement().asString().contains("403");
	}

}
