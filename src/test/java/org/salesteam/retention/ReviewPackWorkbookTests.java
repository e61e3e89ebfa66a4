package org.salesteam.retention;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual review pack as an Excel workbook (ADR 0051), read back with POI. rep13's key
 * account, meeting day D = today: orders of 1,000 on D − 10 and D − 100 (the year:
 * 2,000), one on D − 400 (the year before: 1,000), so the change is (2,000 − 1,000) ÷
 * 1,000 = +100.0 %; two service requests opened today, a complaint and a delivery
 * request, both closed, the delivery one after its resolution deadline: 2 requests, 1
 * complaint, 2 closed, 1 in time = 50.0 %; the CSAT made by the first closing answered 4
 * → mean 4.0; no invoice → receivables 0; one action. Headers follow the language
 * (Chinese on the page, English for {@code Accept-Language: en} on the API); another rep
 * gets 404.
 */
@IntegrationTest
class ReviewPackWorkbookTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private MockHttpSession session(String username) throws Exception {
		return SignIn.as(this.mvc, username);
	}

	private long serviceRequest(RetentionTestCalls api, long customer, String type) throws Exception {
		String body = api.call("rep13", post("/api/v1/service-requests"), """
				{"customerId":%d,"type":"%s","severity":"NORMAL","subject":"评估资料包测试"}""".formatted(customer, type))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		api.call("rep13", post("/api/v1/service-requests/" + id + "/close"),
				"{\"rootCause\":\"排产\",\"correctiveAction\":\"提前确认\"}")
			.andExpect(status().isOk());
		return id;
	}

	@Test
	void thePackIsAWorkbookWithThePagesFiguresInTheReadersLanguage() throws Exception {
		RetentionTestCalls api = new RetentionTestCalls(this.mvc, this.jdbc);
		RetentionTestCalls.Created account = api.uniqueCustomer("RP", "资料包客户", 2_000_000, "rep13");
		this.jdbc.sql("update customer set key_account = true where id = :c").param("c", account.id()).update();
		LocalDate meetingDay = LocalDate.now(this.clock);
		for (int daysBefore : new int[] { 10, 100, 400 }) {
			api.order("rep13", account.id(), meetingDay.minusDays(daysBefore));
		}
		serviceRequest(api, account.id(), "COMPLAINT");
		long late = serviceRequest(api, account.id(), "DELIVERY");
		java.time.OffsetDateTime deadline = this.jdbc.sql("select resolution_due_at from service_request where id = :r")
			.param("r", late)
			.query(java.time.OffsetDateTime.class)
			.single();
		this.jdbc.sql("update service_request set closed_at = :closed where id = :r")
			.param("closed", deadline.plusHours(1))
			.param("r", late)
			.update();
		this.jdbc.sql("""
				update retention_survey set score = 4, answered_at = current_timestamp
				where customer_id = :c and kind = 'CSAT'""").param("c", account.id()).update();
		long review = RetentionTestCalls.created(api.call("rep13", post("/api/v1/account-reviews"),
				"{\"customerId\":%d,\"plannedOn\":\"%s\"}".formatted(account.id(), meetingDay)));
		api.call("rep13", post("/api/v1/account-reviews/" + review + "/minutes"), """
				{"heldOn":"%s","satisfaction":4,"actions":[{"description":"寄环保纸样册","owner":"rep13","dueOn":"%s"}]}"""
			.formatted(meetingDay, meetingDay.plusDays(30))).andExpect(status().isOk());
		String category = this.jdbc.sql("select category from product where code = 'SW-002'")
			.query(String.class)
			.single();

		MvcResult page = this.mvc.perform(get("/account-reviews/" + review + "/pack.xlsx").session(session("rep13")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(page.getResponse().getContentAsByteArray()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(4);
			Sheet summary = book.getSheet("概要");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目");
			assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo(account.name());
			assertThat(summary.getRow(4).getCell(1).getStringCellValue())
				.isEqualTo(meetingDay.minusYears(1).plusDays(1) + " – " + meetingDay);
			double[] expected = { 2000, 1000, 100.0, 2, 1, 2, 1, 50.0, 4.0 };
			for (int index = 0; index < expected.length; index++) {
				assertThat(summary.getRow(5 + index).getCell(1).getNumericCellValue())
					.as(summary.getRow(5 + index).getCell(0).getStringCellValue())
					.isEqualTo(expected[index]);
			}
			assertThat(summary.getRow(14).getCell(1)).as("no NPS answered: empty").isNull();
			assertThat(summary.getRow(15).getCell(1).getNumericCellValue()).isZero();
			assertThat(summary.getRow(16).getCell(1).getNumericCellValue()).isZero();
			Sheet categories = book.getSheet("按品类销售");
			assertThat(categories.getRow(1).getCell(0).getStringCellValue()).isEqualTo(category);
			assertThat(categories.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2000);
			assertThat(categories.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1000);
			assertThat(categories.getRow(2).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(categories.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(100.0);
			assertThat(book.getSheet("行动项").getRow(1).getCell(0).getStringCellValue()).isEqualTo("寄环保纸样册");
		}

		MvcResult english = api
			.call("director", get("/api/v1/account-reviews/" + review + "/pack.xlsx").header("Accept-Language", "en"),
					null)
			.andExpect(status().isOk())
			.andReturn();
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(english.getResponse().getContentAsByteArray()))) {
			assertThat(book.getSheetName(0)).isEqualTo("Summary");
			assertThat(book.getSheet("Sales by category").getRow(0).getCell(3).getStringCellValue())
				.isEqualTo("Change (%)");
			assertThat(book.getSheet("Summary").getRow(12).getCell(1).getNumericCellValue()).isEqualTo(50.0);
		}
		this.mvc.perform(get("/account-reviews/" + review + "/pack.xlsx").session(session("rep1")))
			.andExpect(status().isNotFound());
		api.call("rep1", get("/api/v1/account-reviews/" + review + "/pack.xlsx"), null)
			.andExpect(status().isNotFound());
	}

}
