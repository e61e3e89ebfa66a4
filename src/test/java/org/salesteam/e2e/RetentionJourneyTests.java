package org.salesteam.e2e;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's journeys: a manager works the at-risk list into visits; support staff open a
 * complaint and close it before its deadline; a customer answers a survey link on a phone
 * without signing in, once. No console error.
 */
@BrowserJourney
class RetentionJourneyTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerWorksTheAtRiskListIntoVisits(Browser browser) {
		browser.signIn("manager1", "demo");
		browser.visit("/retention");
		List<String> customers = browser.findAll("#retentionTable a[id^='planVisit']")
			.stream()
			.limit(2)
			.map((link) -> link.getAttribute("id").substring("planVisit".length()))
			.toList();
		assertThat(customers).as("customers to win back").hasSize(2);
		browser.screenshot("retention-at-risk");
		for (String customer : customers) {
			browser.visit("/retention");
			browser.clickAndWaitForNextPage("#planVisit" + customer);
			assertThat(browser.path()).startsWith("/visits/new?customerId=" + customer);
			assertThat(new Select(browser.find("#customerId")).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo(customer);
			String objective = "挽回客户：了解最近为什么没下单（" + customer + "）";
			browser.find("#objective").sendKeys(objective);
			browser.clickAndWaitForNextPage("#saveVisit");
			assertThat(browser.text("#visitObjective")).isEqualTo(objective);
			assertThat(this.jdbc.sql("""
					select count(*) from visit where customer_id = :c and objective = :o and status = 'PLANNED'""")
				.param("c", Long.parseLong(customer))
				.param("o", objective)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		browser.screenshot("retention-visit-planned");
	}

	@Test
	void supportStaffCloseAComplaintBeforeItsDeadline(Browser browser) {
		browser.signIn("support2", "demo");
		browser.visit("/service-requests?customerId=" + this.jdbc.sql("""
				select m.customer_id from account_team_member m join app_user u on u.id = m.user_id
				where u.username = 'support2' order by m.customer_id fetch first 1 rows only""")
			.query(Long.class)
			.single());
		String subject = "画册色差投诉 " + System.nanoTime() % 100_000;
		new Select(browser.find("#nType")).selectByValue("COMPLAINT");
		new Select(browser.find("#nSeverity")).selectByValue("HIGH");
		browser.find("#nSubject").sendKeys(subject);
		browser.find("#nDescription").sendKeys("客户反映第二批画册封面偏红");
		browser.clickAndWaitForNextPage("#openRequest");
		long request = this.jdbc.sql("select id from service_request where subject = :s")
			.param("s", subject)
			.query(Long.class)
			.single();
		browser.waitFor("#request-" + request);
		browser.screenshot("service-complaint-open");
		browser.find("#closeToggle" + request).click();
		browser.waitVisible("#closeForm" + request);
		browser.find("#closeForm" + request + " input[name='rootCause']").sendKeys("打样后换了批次的油墨");
		browser.find("#closeForm" + request + " input[name='correctiveAction']").sendKeys("同一订单固定油墨批次，重印封面");
		browser.clickAndWaitForNextPage("#closeForm" + request + " button[type='submit']");
		browser.visit("/service-requests?status=CLOSED");
		assertThat(browser.text("#request-" + request)).contains("按时解决").contains("打样后换了批次的油墨");
		browser.screenshot("service-complaint-closed");
		assertThat(this.jdbc.sql("select resolved_in_time from service_request where id = :r")
			.param("r", request)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aCustomerAnswersASurveyLinkOnAPhoneWithoutSigningIn(@Phone Browser phone) {
		String owner = this.jdbc.sql("""
				select u.username from retention_survey s join customer c on c.id = s.customer_id
				join app_user u on u.id = c.owner_id
				where s.answered_at is null and s.kind = 'CSAT' and u.username like 'rep%'
				  and not exists (select 1 from account_team_member m where m.customer_id = c.id)
				order by s.id fetch first 1 rows only""").query(String.class).single();
		phone.signIn(owner, "demo");
		phone.visit("/retention/surveys");
		phone.clickAndWaitForNextPage("#surveyTable button[id^='link']");
		String link = phone.find("#sentLink code").getText().trim();
		phone.signOut();

		phone.visit(URI.create(link).getPath());
		assertThat(phone.path()).as("no sign-in asked").startsWith("/survey/");
		assertThat(phone.overflowsHorizontally()).as("survey overflows sideways").isFalse();
		assertThat(phone.exists("#userMenu")).as("nobody is signed in").isFalse();
		phone.screenshot("phone-survey");
		phone.find("label[for='score4']").click();
		phone.find("#comment").sendKeys("交期准时，包装很好");
		phone.clickAndWaitForNextPage("#surveySubmit");
		assertThat(phone.exists("#surveyThanks")).isTrue();
		phone.screenshot("phone-survey-thanks");
		phone.visit(URI.create(link).getPath());
		assertThat(phone.exists("#surveyClosed")).as("a link answers once").isTrue();
	}

}
