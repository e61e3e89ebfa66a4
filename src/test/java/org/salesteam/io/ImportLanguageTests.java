package org.salesteam.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 20, defect 5: choice values are accepted in either language and with any dash,
 * errors list the allowed values in the reader's language, and each language's template
 * imports as it comes.
 */
@IntegrationTest
class ImportLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void removeImported() {
		this.jdbc.sql("delete from customer where code like 'IL-%' or code like 'SAMPLE-%'").update();
	}

	@Test
	void sizesInEitherLanguageAndWithEitherDashAreAccepted() throws Exception {
		byte[] file = ImportApi.csv(List.of(List.of("Customer code", "Customer name", "Size"),
				List.of("IL-1", "Dash test one", "50-199"), List.of("IL-2", "Dash test two", "50–199 人"),
				List.of("IL-3", "Dash test three", "200-999 employees"), List.of("IL-4", "Dash test four", "200–999"),
				List.of("IL-5", "Dash test five", "1,000–4,999 employees"),
				List.of("IL-6", "Dash test six", "1000－4999人")), StandardCharsets.UTF_8, false);
		String result = ImportApi.run(this.mvc, "admin", "customers", "sizes.csv", file, "ALL_OR_NOTHING");
		assertThat(ImportApi.number(result, "$.rowsRejected")).as(result).isZero();
		assertThat(this.jdbc.sql("select company_size from customer where code like 'IL-%' order by code")
			.query(String.class)
			.list()).containsExactly("FROM_50", "FROM_50", "FROM_200", "FROM_200", "FROM_1000", "FROM_1000");
	}

	@Test
	void anUnknownChoiceListsTheAllowedValuesInTheReadersLanguage() throws Exception {
		byte[] file = ImportApi.csv(List.of(List.of("客户编码", "客户名称", "企业规模"), List.of("IL-9", "规模出错测试", "巨大")),
				StandardCharsets.UTF_8, false);
		String result = ImportApi.run(this.mvc, "admin", "customers", "bad.csv", file, "SKIP_INVALID");
		long id = ((Number) JsonPath.read(result, "$.id")).longValue();
		assertThat(JsonPath.<String>read(result, "$.errors[0].message")).contains("50 人以下").doesNotContain("Under 50");
		String english = this.mvc
			.perform(get("/api/v1/imports/" + id).header("Authorization", Tokens.bearer(this.mvc, "admin"))
				.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(english, "$.errors[0].message")).contains("Under 50 employees")
			.doesNotContain("人");
	}

	@Test
	void eachLanguagesCustomerTemplateImportsAsItComes() throws Exception {
		MockHttpSession admin = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("director").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		for (String lang : List.of("en", "zh-CN")) {
			byte[] template = this.mvc
				.perform(get("/imports/templates/customers.xlsx").param("lang", lang).session(admin))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String result = ImportApi.run(this.mvc, "admin", "customers", "template-" + lang + ".xlsx",
					firstSheetOnly(template), "ALL_OR_NOTHING");
			assertThat(ImportApi.number(result, "$.rowsRejected")).as(lang + ": " + result).isZero();
			assertThat(ImportApi.number(result, "$.rowsRead")).isEqualTo(1);
			assertThat(this.jdbc.sql("select company_size from customer where code = 'SAMPLE-KH-9001'")
				.query(String.class)
				.single()).isEqualTo("FROM_200");
			removeImported();
		}
	}

	/** The template as a user fills it in: the sample row kept, the notes sheet too. */
	private static byte[] firstSheetOnly(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
