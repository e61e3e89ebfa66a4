package org.salesteam.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's recruiting journey: a manager opens a position and enters a candidate; the
 * manager and the director interview, scoring every trait, and differ by 2 on humour,
 * which the candidate's page flags for discussion; the manager records the offer and
 * closes the position with a reason, which the recruiting page then shows.
 */
@BrowserJourney
class RecruitingJourneyTests {

	private static final String POSITION = "旅程：华东一部销售代表";

	private static final String CANDIDATE = "旅程候选人";

	/** Scores every trait of the interview form {@code level}, humour {@code humour}. */
	@SuppressWarnings("unchecked")
	private static void interview(Browser browser, int level, int humour) {
		List<String> traits = (List<String>) browser.script("""
				return Array.from(document.querySelectorAll('#interviewForm select')).map(function (select) {
				  return select.id;
				});""");
		assertThat(traits).as("the interview form's traits").hasSize(14);
		for (String trait : traits) {
			new Select(browser.find("#" + trait))
				.selectByValue(String.valueOf(trait.equals("score_HUMOUR") ? humour : level));
		}
		browser.find("#basicQualities").sendKeys("性格开朗，懂印刷工艺，肯吃苦");
		browser.clickAndWaitForNextPage("#interviewForm button[type=submit]");
	}

	@Test
	void aManagerOpensAPositionTwoInterviewersScoreTheSplitTraitShowsAndTheOfferIsRecorded(Browser manager,
			Browser director) {
		manager.signIn("manager1", "demo");
		manager.visit("/evaluation/recruiting?lang=zh-CN");
		manager.find("#positionTitle").sendKeys(POSITION);
		manager.clickAndWaitForNextPage("form[action$='/evaluation/recruiting/positions'] button[type=submit]");
		String position = (String) manager.script(
				"""
						var items = document.querySelectorAll('#positions [data-position]');
						for (var i = 0; i < items.length; i++) {
						  if (items[i].textContent.indexOf(arguments[0]) >= 0) { return items[i].getAttribute('data-position'); }
						}
						return null;""",
				POSITION);
		assertThat(position).as("the new position is listed").isNotNull();

		manager.script("document.getElementById('cPosition').value = arguments[0];", position);
		manager.find("#cName").sendKeys(CANDIDATE);
		manager.find("#cSource").sendKeys("校园招聘");
		manager.clickAndWaitForNextPage("#candidateForm button[type=submit]");
		String candidate = (String) manager.script("""
				var links = document.querySelectorAll('#candidates a');
				for (var i = 0; i < links.length; i++) {
				  if (links[i].textContent === arguments[0]) { return links[i].getAttribute('href'); }
				}
				return null;""", CANDIDATE);
		assertThat(candidate).as("the candidate in the pipeline").isNotNull();

		manager.visit(candidate + "?lang=zh-CN");
		interview(manager, 4, 2);
		assertThat(manager.exists("#formError")).as("the manager's interview is saved").isFalse();

		director.signIn("director", "demo");
		director.visit(candidate + "?lang=zh-CN");
		interview(director, 4, 4);
		assertThat(director.exists("#formError")).as("the director's interview is saved").isFalse();
		assertThat(director.exists("#traits tr[data-trait=HUMOUR] .discuss")).as("humour split by 2").isTrue();
		assertThat(director.exists("#traits tr[data-trait=ENERGY] .discuss")).as("energy agreed").isFalse();
		director.screenshot("recruiting-candidate-traits");

		manager.visit(candidate + "?lang=zh-CN");
		assertThat(manager.text("#traits tr[data-trait=HUMOUR] .discuss")).isEqualTo("分歧≥2，需讨论");
		manager.script("document.querySelector('#decisionForm select[name=decision]').value = 'OFFER';");
		manager.find("#decisionForm input[name=note]").sendKeys("幽默感分歧已讨论：面试紧张，不影响录用");
		manager.clickAndWaitForNextPage("#decisionForm button[type=submit]");
		assertThat(manager.text("#candidateStatus")).isEqualTo("已发录用通知");
		assertThat(manager.exists("#hireForm")).as("the hire comes next").isTrue();

		manager.visit("/evaluation/recruiting?lang=zh-CN");
		String item = "#positions [data-position='" + position + "']";
		manager.find(item + " input[name=reason]").sendKeys("已发录用通知，岗位招满");
		manager.clickAndWaitForNextPage(item + " form button[type=submit]");
		assertThat(manager.text(item + " .badge")).isEqualTo("已关闭");
		assertThat(manager.text(item + " .positionReason")).endsWith("已发录用通知，岗位招满");
		manager.screenshot("recruiting-position-closed");
	}

}
