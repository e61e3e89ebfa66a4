package org.salesteam.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, defect 3: a manager's customer file with one new, one changed and one
 * unchanged row — the preview says so, with the field that changes, before anything is
 * written; the job then reports created, updated and unchanged apart.
 */
@BrowserJourney
class ImportPreviewJourneyTests {

	@Test
	void theManagerSeesWhatTheImportWillDoAndThenWhatItDid(Browser browser) throws IOException {
		// codes and names of this run only, so that the journey may run again on the same
		// data
		String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
		String header = "客户编码,客户名称,年采购潜力（元）,负责销售账号\n";
		Path first = file("first", header + "E2E" + run + "-1,旅程导入" + run + "甲印务,100000,rep1\n" + "E2E" + run
				+ "-2,旅程导入" + run + "乙包装,100000,rep1\n");
		Path second = file("second", header + "E2E" + run + "-1,旅程导入" + run + "甲印务,100000,rep1\n" + "E2E" + run
				+ "-2,旅程导入" + run + "乙包装,300000,rep1\n" + "E2E" + run + "-3,旅程导入" + run + "丙纸业,50000,rep1\n");
		browser.signIn("manager1", "demo");
		upload(browser, first);
		browser.clickAndWaitForNextPage("#startImport");
		awaitFinished(browser);
		assertThat(browser.text("#rowsCreated")).isEqualTo("2");

		upload(browser, second);
		browser.clickAndWaitForNextPage("#previewImport");
		assertThat(browser.text("#previewCreated")).isEqualTo("1");
		assertThat(browser.text("#previewUpdated")).isEqualTo("1");
		assertThat(browser.text("#previewUnchanged")).isEqualTo("1");
		assertThat(browser.text("#previewRejected")).isEqualTo("0");
		assertThat(browser.text("#importPreview")).contains("年采购潜力");
		browser
			.script("document.querySelector('#importPreview').scrollIntoView({block: 'start', behavior: 'instant'});");
		browser.screenshot("import-preview");
		browser.clickAndWaitForNextPage("#startImport");
		awaitFinished(browser);
		assertThat(browser.text("#rowsCreated")).isEqualTo("1");
		assertThat(browser.text("#rowsUpdated")).isEqualTo("1");
		assertThat(browser.text("#rowsUnchanged")).isEqualTo("1");
		assertThat(browser.text("#rowsRejected")).isEqualTo("0");
	}

	private static Path file(String name, String content) throws IOException {
		Path file = Files.createTempFile("import-" + name + "-", ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		file.toFile().deleteOnExit();
		return file;
	}

	private static void upload(Browser browser, Path file) {
		browser.visit("/imports");
		new Select(browser.find("#kind")).selectByValue("customers");
		browser.find("#file").sendKeys(file.toAbsolutePath().toString());
		browser.clickAndWaitForNextPage("#uploadSubmit");
		assertThat(browser.path()).startsWith("/imports/upload/");
	}

	private static void awaitFinished(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).ignoring(WebDriverException.class)
			.until((driver) -> browser.exists("#jobStatus.st-job-DONE") || browser.exists("#jobStatus.st-job-FAILED"));
		assertThat(browser.exists("#jobStatus.st-job-DONE")).as(browser.text("#jobProgress")).isTrue();
	}

}
