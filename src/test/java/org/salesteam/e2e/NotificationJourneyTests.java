package org.salesteam.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell: the manager sees the unread count rise when a rep submits a week, opens the
 * inbox from the bell and the schedule from the notice; the count falls again. No console
 * error.
 */
@BrowserJourney
class NotificationJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void theManagerSeesTheBellRiseAndOpensTheSubmittedWeek(Browser browser) throws Exception {
		browser.signIn("manager1", "demo");
		int before = bellCount(browser);

		submitWeek("rep4", "2034-W10");
		browser.visit("/");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until((d) -> bellCount(browser) == before + 1);
		browser.screenshot("notify-bell");

		browser.clickAndWaitForNextPage("#navBell");
		assertThat(browser.path()).startsWith("/notifications");
		browser.screenshot("notify-inbox");
		browser.clickAndWaitForNextPage("[data-event=VISIT_PLAN_SUBMITTED] .st-open");
		assertThat(browser.path()).isEqualTo("/visit-plans/rep4/2034-W10");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until((d) -> bellCount(browser) == before);
		assertThat(browser.severeConsoleMessages()).isEmpty();
	}

	private static int bellCount(Browser browser) {
		browser.waitFor("#navBell svg");
		return browser.exists("#bellCount") ? Integer.parseInt(browser.text("#bellCount").trim()) : 0;
	}

	/** The rep submits through the API, as from another device. */
	private void submitWeek(String rep, String week) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String base = "http://localhost:" + this.port;
		String body = http
			.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + rep + "\",\"password\":\"demo\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		int start = body.indexOf("\"token\":\"") + 9;
		String token = body.substring(start, body.indexOf('"', start));
		HttpResponse<String> submitted = http
			.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/visit-plans/" + rep + "/" + week + "/submit"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"本周在厂里跟进打样\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(submitted.statusCode()).isEqualTo(200);
	}

}
