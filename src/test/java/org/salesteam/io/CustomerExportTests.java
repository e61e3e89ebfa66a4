package org.salesteam.io;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code /api/v1/customers/export} and {@code /api/v1/contacts/export}: the visible
 * records only, the list's filters, formulas neutralised, CSV with BOM, .xlsx that POI
 * opens.
 */
@IntegrationTest
class CustomerExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void importAFormula() throws Exception {
		this.jdbc.sql("delete from customer where code like 'IT-X%'").update();
		byte[] file = ImportApi.csv(List.of(List.of("客户编码", "客户名称", "负责销售账号", "统一社会信用代码", "公司电话"),
				List.of("IT-X1", "=cmd|' /C calc'!A0", "rep1", "91310000MA1FL0QX7B", "021-6432 1888"),
				List.of("IT-X2", "@SUM(1+1)", "rep1", "", "")), StandardCharsets.UTF_8, false);
		ImportApi.run(this.mvc, "admin", "customers", "formula.csv", file, "ALL_OR_NOTHING");
	}

	@Test
	void aRepsCsvExportHoldsExactlyTheirOwnCustomers() throws Exception {
		MockHttpServletResponse response = export("/api/v1/customers/export", "rep1", "csv", null);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
		byte[] body = response.getContentAsByteArray();
		assertThat(body[0] & 0xFF).isEqualTo(0xEF);
		List<CSVRecord> records = parse(body);
		long rep1 = ImportApi.userId(this.jdbc, "rep1");
		long owned = this.jdbc.sql("select count(*) from customer where owner_id = :id")
			.param("id", rep1)
			.query(Long.class)
			.single();
		assertThat(records.get(0).get(0)).isEqualTo("客户编码");
		int ownerColumn = records.get(0).toList().indexOf("负责销售账号");
		assertThat(records).hasSize((int) owned + 1);
		assertThat(records.subList(1, records.size()))
			.allSatisfy((row) -> assertThat(row.get(ownerColumn)).isEqualTo("rep1"));
		MockHttpServletResponse rep2 = export("/api/v1/customers/export", "rep2", "csv", null);
		assertThat(rep2.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("IT-X1");
	}

	@Test
	void csvExportNeutralisesFormulas() throws Exception {
		List<CSVRecord> records = parse(
				export("/api/v1/customers/export", "admin", "csv", "IT-X").getContentAsByteArray());
		assertThat(records).hasSize(3);
		assertThat(records.get(1).get(1)).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(records.get(2).get(1)).isEqualTo("'@SUM(1+1)");
	}

	@Test
	void theTaxIdAndPhoneAreExportedUnderTheHeadersTheImportReads() throws Exception {
		List<CSVRecord> records = parse(
				export("/api/v1/customers/export", "admin", "csv", "IT-X").getContentAsByteArray());
		List<String> header = records.get(0).toList();
		int taxId = header.indexOf("统一社会信用代码");
		int phone = header.indexOf("公司电话");
		assertThat(taxId).isPositive();
		assertThat(phone).isPositive();
		CSVRecord first = records.stream().filter((r) -> r.get(0).equals("IT-X1")).findFirst().orElseThrow();
		assertThat(first.get(taxId)).isEqualTo("91310000MA1FL0QX7B");
		assertThat(first.get(phone)).isEqualTo("021-6432 1888");
	}

	@Test
	void xlsxExportOpensWithPoiWithHeaderAndOneRowPerVisibleCustomer() throws Exception {
		MockHttpServletResponse response = export("/api/v1/customers/export", "rep1", "xlsx", null);
		long owned = this.jdbc.sql("select count(*) from customer where owner_id = :id")
			.param("id", ImportApi.userId(this.jdbc, "rep1"))
			.query(Long.class)
			.single();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("客户编码");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) owned);
			int formulaRow = -1;
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				if ("IT-X1".equals(sheet.getRow(i).getCell(0).getStringCellValue())) {
					formulaRow = i;
				}
			}
			assertThat(sheet.getRow(formulaRow).getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(formulaRow).getCell(1).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
		}
	}

	@Test
	void headersFollowTheLanguageAndContactsExportToo() throws Exception {
		MockHttpServletResponse english = this.mvc
			.perform(get("/api/v1/customers/export").param("format", "csv")
				.param("q", "IT-X")
				.header("Accept-Language", "en")
				.header("Authorization", Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse();
		assertThat(parse(english.getContentAsByteArray()).get(0).get(0)).isEqualTo("Customer code");
		MockHttpServletResponse contacts = export("/api/v1/contacts/export", "rep6", "csv", null);
		List<CSVRecord> records = parse(contacts.getContentAsByteArray());
		long visible = this.jdbc
			.sql("select count(*) from contact k join customer c on c.id = k.customer_id " + "where c.owner_id = :id")
			.param("id", ImportApi.userId(this.jdbc, "rep6"))
			.query(Long.class)
			.single();
		assertThat(records).hasSize((int) visible + 1);
		assertThat(visible).isPositive();
	}

	@Test
	void anUnknownFormatIs400AndTheListPageOffersTheExport() throws Exception {
		assertThat(export("/api/v1/customers/export", "rep1", "pdf", null).getStatus()).isEqualTo(400);
		var session = this.mvc.perform(formLogin("/login").user("rep1").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		String page = this.mvc
			.perform(get("/customers").param("q", "IT-X")
				.session((org.springframework.mock.web.MockHttpSession) session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/exports/customers?q=IT-X").contains("format=xlsx");
		MockHttpServletResponse file = this.mvc
			.perform(get("/exports/customers").param("q", "IT-X")
				.param("format", "csv")
				.session((org.springframework.mock.web.MockHttpSession) session))
			.andReturn()
			.getResponse();
		assertThat(parse(file.getContentAsByteArray())).hasSize(3);
	}

	private MockHttpServletResponse export(String path, String user, String format, String q) throws Exception {
		var request = get(path).param("format", format).header("Authorization", Tokens.bearer(this.mvc, user));
		if (q != null) {
			request.param("q", q);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static List<CSVRecord> parse(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}

}
