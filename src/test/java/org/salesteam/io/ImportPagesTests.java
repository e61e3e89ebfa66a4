package org.salesteam.io;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages end to end: upload, preview with suggested mapping, start, progress
 * fragment for htmx, result, rejected rows and templates.
 */
@IntegrationTest
class ImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void removeImportedCustomers() {
		this.jdbc.sql("delete from customer where code like 'IT-P%'").update();
	}

	@Test
	void uploadPreviewMapStartAndSeeTheResultWithTheRejectedRows() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		this.mvc.perform(get("/imports").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"uploadForm\"")))
			.andExpect(content().string(containsString("id=\"navImports\"")));
		byte[] file = ImportApi.csv(List.of(List.of("客户编码", "客户名称", "年采购潜力"), List.of("IT-P1", "页面导入测试甲", "120000"),
				List.of("IT-P2", "页面导入测试乙", "很多")), StandardCharsets.UTF_8, false);
		String mappingPage = this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", "page.csv", "text/csv", file))
				.param("kind", "customers")
				.with(csrf())
				.session(rep1))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(mappingPage).startsWith("/imports/upload/").endsWith("?kind=customers");
		this.mvc.perform(get(mappingPage).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面导入测试甲")))
			.andExpect(content().string(containsString("selected=\"selected\">客户编码</option>")))
			.andExpect(content().string(containsString("selected=\"selected\">年采购潜力</option>")));
		// the preview validates and counts without writing (issue 20)
		String path = mappingPage.substring(0, mappingPage.indexOf('?'));
		this.mvc
			.perform(post(path + "/preview").param("kind", "customers")
				.param("map_code", "客户编码")
				.param("map_name", "客户名称")
				.param("map_potential", "年采购潜力")
				.param("mode", "SKIP_INVALID")
				.param("writes", "CREATE_AND_UPDATE")
				.with(csrf())
				.session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"importPreview\"")))
			.andExpect(content().string(containsString("id=\"previewCreated\">1<")))
			.andExpect(content().string(containsString("id=\"previewRejected\">1<")))
			.andExpect(content().string(not(containsString("id=\"createMissing\""))));
		assertThat(this.jdbc.sql("select count(*) from customer where code = 'IT-P1'").query(Long.class).single())
			.isZero();
		String jobPage = this.mvc
			.perform(post(mappingPage).param("map_code", "客户编码")
				.param("map_name", "客户名称")
				.param("map_potential", "年采购潜力")
				.param("mode", "SKIP_INVALID")
				.with(csrf())
				.session(rep1))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(jobPage.substring("/imports/".length()));
		awaitFinished(id);
		this.mvc.perform(get(jobPage).header("HX-Request", "true").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("every 1s"))))
			.andExpect(content().string(containsString("不是有效的数字")));
		byte[] rejected = this.mvc.perform(get(jobPage + "/rejected.xlsx").session(rep1))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rejected))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("IT-P2");
			assertThat(row.getCell(3).getStringCellValue()).contains("年采购潜力").contains("不是有效的数字");
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("错误原因");
		}
		assertThat(this.jdbc.sql("select count(*) from customer where code like 'IT-P%'").query(Long.class).single())
			.isEqualTo(1);
		this.mvc.perform(get(jobPage).session(signIn("rep2"))).andExpect(status().isNotFound());
	}

	@Test
	void aRejectedUploadShowsItsReasonAndSupportMayNotImport() throws Exception {
		this.mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "old.xls", null,
						new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 }))
				.param("kind", "customers")
				.with(csrf())
				.session(signIn("rep1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不支持旧版 Excel")));
		this.mvc.perform(get("/imports").session(signIn("support1"))).andExpect(status().isForbidden());
	}

	@Test
	void templatesComeInBothLanguages() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		assertThat(firstHeader(
				this.mvc.perform(get("/imports/templates/customers.xlsx").param("lang", "zh-CN").session(rep1))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray()))
			.isEqualTo("客户编码");
		assertThat(
				firstHeader(this.mvc.perform(get("/imports/templates/contacts.xlsx").param("lang", "en").session(rep1))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray()))
			.isEqualTo("Customer code");
		// orders are imported by admins and directors only
		this.mvc.perform(get("/imports/templates/orders.xlsx").session(rep1)).andExpect(status().isForbidden());
		this.mvc.perform(get("/imports/templates/no-such-kind.xlsx").session(rep1)).andExpect(status().isNotFound());
	}

	private static String firstHeader(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			return workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
		}
	}

	private void awaitFinished(long id) throws InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < deadline) {
			String status = this.jdbc.sql("select status from import_job where id = :id")
				.param("id", id)
				.query(String.class)
				.single();
			if ("DONE".equals(status) || "FAILED".equals(status)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("job " + id + " not finished");
	}

	private MockHttpSession signIn(String user) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
