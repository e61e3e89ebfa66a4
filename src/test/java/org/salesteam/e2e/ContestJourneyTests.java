package org.salesteam.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contest journey: a manager designs a contest for their team, runs the fairness
 * check and launches it (with a reason when the check says unfair); a rep sees their own
 * position on the live leaderboard at phone width. The recognition wall: the manager
 * praises a rep of the team with a message, which shows on the wall with its badge; the
 * rep reads the team's wall at phone width.
 */
@BrowserJourney
class ContestJourneyTests {

	@Test
	void aManagerDesignsChecksAndLaunchesAContest(Browser browser) {
		browser.signIn("manager1", "demo");
		browser.visit("/contests");
		browser.clickAndWaitForNextPage("#newContest");
		browser.find("#name").sendKeys("华东一部新年开门红");
		browser.find("#theme").sendKeys("一月开门红：同潜力分组比拼");
		browser.find("#usernames").sendKeys("rep1,rep2");
		browser.find("#committee").sendKeys("manager1,director");
		browser.find("#tierTarget").sendKeys("30000");
		browser.screenshot("contest-designer");
		browser.clickAndWaitForNextPage("#saveContest");
		assertThat(browser.text("#contestStatus")).isEqualTo("草稿");
		browser.waitFor("#row-rep1");
		browser.clickAndWaitForNextPage("#runFairness");
		assertThat(browser.text("#fairnessVerdict")).isIn("公平", "不公平");
		assertThat(browser.exists("#check-SUPPORT_FORGOTTEN")).isTrue();
		browser.screenshot("contest-fairness");
		browser.find("#overrideReason").sendKeys("委员会确认规则");
		browser.clickAndWaitForNextPage("#startContest");
		assertThat(browser.text("#contestStatus")).isEqualTo("待开赛");
		assertThat(browser.exists("#launch")).isFalse();
	}

	@Test
	void aManagerPraisesARepOnTheRecognitionWall(Browser browser) {
		String message = "开门红第一单拿得漂亮 #" + System.nanoTime() % 10_000;
		browser.signIn("manager1", "demo");
		browser.visit("/recognition");
		new Select(browser.find("#praiseUser")).selectByValue("rep1");
		browser.find("#praiseMessage").sendKeys(message);
		browser.clickAndWaitForNextPage("#praiseSubmit");
		assertThat(browser.exists("#praiseSaved")).isTrue();
		assertThat(browser.texts("#wallEntries [data-kind=PRAISE][data-user=rep1] blockquote"))
			.anySatisfy((quote) -> assertThat(quote).contains(message));
		assertThat(browser.texts("#wallEntries [data-kind] .badge")).contains("表扬", "新客户");
		browser.screenshot("recognition-wall");
	}

	@Test
	void aRepReadsTheTeamsWallAtPhoneWidth(@Phone Browser phone) {
		phone.signIn("rep1", "demo");
		phone.visit("/recognition");
		assertThat(phone.exists("#wallEmpty")).isFalse();
		assertThat(phone.findAll("#wallEntries [data-kind]")).isNotEmpty();
		assertThat(phone.exists("#praiseForm")).as("a rep does not praise").isFalse();
		assertThat(phone.overflowsHorizontally()).as("the wall overflows sideways").isFalse();
		phone.screenshot("phone-recognition-wall");
	}

	@Test
	void aRepSeesTheirRankAtPhoneWidth(@Phone Browser phone) {
		phone.signIn("rep1", "demo");
		phone.visit("/contests");
		phone.clickAndWaitForNextPage("#contests tbody tr:first-child a");
		phone.waitFor("#myPosition");
		assertThat(phone.text("#myPosition")).contains("我的排名");
		assertThat(phone.exists("#row-rep1.table-primary")).isTrue();
		assertThat(phone.overflowsHorizontally()).as("the contest page overflows sideways").isFalse();
		phone.screenshot("phone-contest-leaderboard");
	}

}
