package org.salesteam.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's journey: the manager opens the team scorecard, follows 刘洋's (rep3's) flag to
 * its evidence, writes a progress-potential review from his page and shares it; 刘洋, on a
 * phone, acknowledges it with a comment and reads his development plan's three columns
 * without the page overflowing sideways.
 */
@BrowserJourney
class DevelopmentJourneyTests {

	@Test
	void theManagerReviewsJoeMartinAndHeAcknowledgesOnHisPhone(Browser browser, @Phone Browser phone) {
		browser.signIn("manager1", "demo");
		browser.visit("/evaluation?lang=zh-CN");
		browser.waitFor("#scorecardTable");
		browser.clickAndWaitForNextPage("#row-rep3 a.badge");
		assertThat(browser.exists("#flag-VOLUME_OVER_MARGIN")).as("the flag's evidence").isTrue();
		assertThat(browser.exists("#flag-VOLUME_OVER_MARGIN a[href*='/orders?ownerId=']")).isTrue();
		browser.screenshot("development-flag-evidence");
		browser.clickAndWaitForNextPage("#toReviews");
		browser.find("#strengths").sendKeys("旅程：老客户关系稳，执行力强");
		browser.find("#weaknesses").sendKeys("毛利率低，不开发新客户");
		browser.find("#toQualify").sendKeys("毛利率达到公司中位数");
		browser.script("document.getElementById('futureCandidate').checked = true;"
				+ "document.getElementById('candidateWhen').value = 'ONE_YEAR';");
		browser.screenshot("development-review-form");
		browser.clickAndWaitForNextPage("#saveShare");
		assertThat(browser.exists("#saved")).as("review saved").isTrue();

		phone.signIn("rep3", "demo");
		phone.visit("/evaluation/scorecards/rep3/reviews?lang=zh-CN");
		String review = (String) phone.script("""
				var forms = document.querySelectorAll('.acknowledge-review');
				for (var i = 0; i < forms.length; i++) {
				  if (forms[i].closest('.review').textContent.indexOf('旅程：老客户关系稳') >= 0) {
				    return forms[i].closest('.review').id;
				  }
				}
				return null;""");
		assertThat(review).as("the shared review on the rep's page").isNotNull();
		phone.find("#" + review + " textarea[name=comment]").sendKeys("收到，先把毛利提上来");
		phone.clickAndWaitForNextPage("#" + review + " .acknowledge-review button");
		assertThat(phone.text("#" + review + " .review-status")).isEqualTo("本人已确认");
		assertThat(phone.overflowsHorizontally()).as("reviews overflow sideways on a phone").isFalse();
		phone.screenshot("phone-development-review");
		phone.visit("/evaluation/scorecards/rep3/plans?lang=zh-CN");
		assertThat(phone.findAll(".plan-column")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(phone.exists(".plan-item")).isTrue();
		assertThat(phone.overflowsHorizontally()).as("plan overflows sideways on a phone").isFalse();
		phone.screenshot("phone-development-plan");
	}

}
