package org.salesteam.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The director's and a rep's dashboards and the goals page in Chinese and English: every
 * chart draws (a canvas appears in each chart element), the director sees the visits
 * against results chart, and on a phone the long funnel title wraps inside its chart
 * instead of being cut off. A SEVERE console entry fails the journey (BrowserExtension).
 */
@BrowserJourney
class PerformanceJourneyTests {

	private static final String ALL_CHARTS_DRAWN = """
			var charts = document.querySelectorAll('.st-chart');
			return charts.length > 0 && Array.prototype.every.call(charts, function (c) {
			  return c.querySelector('canvas') !== null;
			});
			""";

	@Test
	void directorAndRepDashboardsAndGoalsDrawInBothLanguages(Browser browser) {
		browser.signIn("director", "demo");
		for (String lang : List.of("zh-CN", "en")) {
			browser.visit("/performance?lang=" + lang);
			waitForCharts(browser);
			assertThat(browser.exists("#chartVisits canvas")).as("visits against results, " + lang).isTrue();
			assertThat(browser.exists("#kpi-VISITS")).as("visits on the scorecard").isTrue();
			assertThat(browser.exists("#kpi-RETURN_ON_TIME")).isTrue();
			browser.screenshot("performance-director-" + lang);
			browser.visit("/goals?lang=" + lang);
			browser.waitFor("#goalFilter");
			browser.screenshot("goals-director-" + lang);
		}
		assertThat(browser.text("h1")).isEqualTo("Sales goals");
		browser.signOut();
		browser.signIn("rep3", "demo");
		for (String lang : List.of("zh-CN", "en")) {
			browser.visit("/performance?lang=" + lang);
			waitForCharts(browser);
			assertThat(browser.exists("#kpi-SALES_PER_VISIT")).isTrue();
			browser.screenshot("performance-rep-" + lang);
			browser.visit("/goals?lang=" + lang);
			browser.waitFor("#goalFilter");
		}
		browser.visit("/performance?lang=zh-CN");
		waitForCharts(browser);
	}

	@Test
	void theFunnelTitleWrapsOnAPhone(@Phone Browser phone) {
		phone.signIn("director", "demo");
		phone.visit("/performance?lang=en");
		waitForCharts(phone);
		Object fits = phone.script("""
				var element = document.getElementById('chartFunnel');
				var title = window.echarts.getInstanceByDom(element).getOption().title[0];
				return title.textStyle.overflow === 'break' && title.textStyle.width <= element.clientWidth;
				""");
		assertThat(fits).as("the funnel title is fitted to its chart").isEqualTo(true);
		assertThat(phone.overflowsHorizontally()).as("dashboard overflows sideways").isFalse();
		phone.script("document.getElementById('chartFunnel').scrollIntoView();");
		phone.screenshot("phone-performance-funnel-en");
		phone.visit("/performance?lang=zh-CN");
		waitForCharts(phone);
		phone.script("document.getElementById('chartVisits').scrollIntoView();");
		phone.screenshot("phone-performance-visits-zh");
	}

	private static void waitForCharts(Browser browser) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
			.until((driver) -> Boolean.TRUE.equals(browser.script(ALL_CHARTS_DRAWN)));
	}

}
