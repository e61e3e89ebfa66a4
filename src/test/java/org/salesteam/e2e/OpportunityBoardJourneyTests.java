package org.salesteam.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opportunity board moves cards between stages (issue 20): dragged with the mouse,
 * dropped on "lost" with the reason asked in a dialog, and on a phone through the card's
 * "move to" choice — each a POST of the stage form, back on the board with its message.
 */
@BrowserJourney
class OpportunityBoardJourneyTests {

	@Test
	void aCardIsDraggedToTheNextStageAndThenLost(Browser browser) {
		browser.signIn("rep1", "demo");
		browser.visit("/opportunities?view=board");
		WebElement card = browser.find(".st-card[data-movable=true]");
		String id = card.getAttribute("data-opportunity");
		String name = card.findElement(org.openqa.selenium.By.cssSelector("a")).getText();
		String to = "PROPOSAL".equals(card.getAttribute("data-stage")) ? "QUOTE" : "PROPOSAL";
		drag(browser, card, browser.find("#column" + to));
		assertThat(browser.text(".st-flash")).contains("阶段已更新。");
		browser.visit("/opportunities/" + id);
		assertThat(browser.text("h1 + .st-stage")).isEqualTo("PROPOSAL".equals(to) ? "建议书/技术方案" : "报价/投标");

		browser.visit("/opportunities?view=board&q="
				+ java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
		WebElement moved = browser.find("#card" + id);
		drag(browser, moved, browser.find("#dropLOST"), false);
		browser.waitVisible("#boardLostReason").sendKeys("客户预算取消");
		browser.find("#boardCompetitor").sendKeys("裕同科技");
		browser.clickAndWaitForNextPage("#lostReasonSubmit");
		assertThat(browser.text(".st-flash")).contains("阶段已更新。");
		browser.visit("/opportunities/" + id);
		assertThat(browser.text("h1 + .st-stage")).isEqualTo("丢单");
		browser.screenshot("opportunity-lost-from-board");
	}

	@Test
	void onAPhoneACardMovesWithItsMoveToChoice(@Phone Browser browser) {
		browser.signIn("rep1", "demo");
		browser.visit("/opportunities?view=board");
		browser.screenshot("phone-opportunity-board");
		WebElement card = browser.find(".st-card[data-movable=true]");
		String id = card.getAttribute("data-opportunity");
		String to = "QUOTE".equals(card.getAttribute("data-stage")) ? "DEMO" : "QUOTE";
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", card);
		browser.script("window.salesteamPageMarker = true;");
		new Select(browser.find("#moveTo" + id)).selectByValue(to);
		waitForNextPage(browser);
		assertThat(browser.text(".st-flash")).contains("阶段已更新。");
		assertThat(browser.overflowsHorizontally()).isFalse();
		browser.visit("/opportunities/" + id);
		assertThat(browser.text("h1 + .st-stage")).isEqualTo("QUOTE".equals(to) ? "报价/投标" : "展示/演示/测试");
	}

	private static void drag(Browser browser, WebElement card, WebElement target) {
		drag(browser, card, target, true);
	}

	private static void drag(Browser browser, WebElement card, WebElement target, boolean navigates) {
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", card);
		browser.script("window.salesteamPageMarker = true;");
		WebElement grip = card.findElement(org.openqa.selenium.By.cssSelector(".small.text-muted"));
		new Actions(browser.driver()).clickAndHold(grip)
			.moveByOffset(10, 10)
			.pause(Duration.ofMillis(100))
			.moveToElement(target)
			.pause(Duration.ofMillis(100))
			.release()
			.perform();
		if (navigates) {
			waitForNextPage(browser);
		}
	}

	private static void waitForNextPage(Browser browser) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(browser
				.script("return document.readyState === 'complete' && window.salesteamPageMarker === undefined;")));
	}

}
