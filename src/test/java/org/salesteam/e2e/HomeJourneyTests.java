package org.salesteam.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page after signing in, for a rep, a manager and the director: each sees the
 * teams their role allows and no more.
 */
@BrowserJourney
class HomeJourneyTests {

	@Test
	void repLandsOnHomePageWithTheirTeam(Browser browser) {
		browser.signIn("rep1", "demo");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text("h1")).isEqualTo("张伟，您好");
		assertThat(browser.texts(".card-header")).contains("我的团队：华东一部");
		assertThat(browser.texts(".list-group-item code")).containsExactly("rep1", "rep2", "rep3", "rep4", "rep5");
		assertThat(browser.exists("#teamsTable")).isFalse();
		assertThat(browser.text("#userMenu")).isEqualTo("张伟");
		browser.screenshot("home-rep1");
	}

	@Test
	void directorSeesAllThreeTeams(Browser browser) {
		browser.signIn("director", "demo");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.texts("#teamsTable tbody tr td:first-child")).containsExactlyInAnyOrder("华东一部", "华东二部",
				"华南部");
		assertThat(browser.texts(".card-header")).contains("全部销售团队");
		browser.screenshot("home-director");
	}

	@Test
	void managerSeesOnlyTheTeamTheyManage(Browser browser) {
		browser.signIn("manager1", "demo");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.texts("#teamsTable tbody tr td:first-child")).containsExactly("华东一部");
		assertThat(browser.texts("#teamsTable tbody tr td:nth-child(2)")).containsExactly("王建国");
		assertThat(browser.texts(".card-header")).contains("我负责的团队");
		browser.screenshot("home-manager1");
	}

	@Test
	void switchesHomePageToEnglish(Browser browser) {
		browser.signIn("manager2", "demo");
		browser.visit("/?lang=en");
		assertThat(browser.text("h1")).startsWith("Hello, ");
		assertThat(browser.texts(".card-header")).contains("Teams I manage");
		assertThat(browser.texts("#teamsTable tbody tr td:first-child")).containsExactly("华东二部");
	}

}
