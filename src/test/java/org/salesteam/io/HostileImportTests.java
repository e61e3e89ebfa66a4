package org.salesteam.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Files built to hurt: external entities, zip bombs, files over the limit, garbage, and
 * the access probes' empty JSON body — each refused with a 4xx (or a row error), never a
 * 500, and nothing read from the server's disk.
 */
@IntegrationTest
class HostileImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExternalEntityInTheXlsxIsNeverResolved() throws Exception {
		Path secret = Files.createTempFile("salesteam-secret", ".txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		byte[] clean = ImportApi.xlsx(List.of(List.of("客户编码", "客户名称"), List.of("IT-XXE", "XXE测试")), Map.of());
		String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
		byte[] hostile = rewrite(clean, "xl/sharedStrings.xml",
				(xml) -> xml.replaceFirst("\\?>", "?>" + doctype).replace("XXE测试", "&xxe;"));
		MvcResult result = ImportApi.upload(this.mvc, "admin", "customers", "xxe.xlsx", hostile, null, "SKIP_INVALID");
		int status = result.getResponse().getStatus();
		assertThat(status).isIn(202, 400);
		String body = result.getResponse().getContentAsString();
		if (status == 202) {
			body = ImportApi.await(this.mvc, "admin", ((Number) JsonPath.read(body, "$.id")).longValue());
		}
		assertThat(body).doesNotContain("TOP-SECRET");
		assertThat(this.jdbc.sql("select count(*) from customer where name like '%TOP-SECRET%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		byte[] clean = ImportApi.xlsx(List.of(List.of("客户编码", "客户名称"), List.of("IT-ZB", "炸弹测试")), Map.of());
		String padding = " ".repeat(40_000_000);
		byte[] bomb = rewrite(clean, "xl/worksheets/sheet1.xml",
				(xml) -> xml.replace("<sheetData>", padding + "<sheetData>"));
		assertThat(bomb.length).isLessThan(1_000_000);
		MvcResult result = ImportApi.upload(this.mvc, "admin", "customers", "bomb.xlsx", bomb, null, "SKIP_INVALID");
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("无法读取该文件");
	}

	@Test
	void aFileOverTheLimitIs413WithATranslatedMessage() throws Exception {
		byte[] big = new byte[2 * 1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		MvcResult chinese = ImportApi.upload(this.mvc, "admin", "customers", "big.csv", big, null, "SKIP_INVALID");
		assertThat(chinese.getResponse().getStatus()).isEqualTo(413);
		assertThat(chinese.getResponse().getContentAsString()).contains("文件太大，上限为 2 MB");
		MvcResult english = this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "big.csv", null, big))
				.param("kind", "customers")
				.header("Accept-Language", "en")
				.header("Authorization", org.salesteam.support.Tokens.bearer(this.mvc, "admin")))
			.andReturn();
		assertThat(english.getResponse().getStatus()).isEqualTo(413);
		assertThat(english.getResponse().getContentAsString()).contains("The file is too large");
	}

	@Test
	void garbageOldExcelUnknownKindsAndModesAreBadRequests() throws Exception {
		byte[] zipButNotXlsx = rewrite(ImportApi.xlsx(List.of(List.of("a")), Map.of()), "xl/workbook.xml",
				(xml) -> "not xml at all");
		assertThat(status("broken.xlsx", zipButNotXlsx, "customers", "SKIP_INVALID")).isEqualTo(400);
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 };
		assertThat(status("old.xls", ole2, "customers", "SKIP_INVALID")).isEqualTo(400);
		byte[] csv = "客户编码,客户名称\nIT-G1,x\n".getBytes(StandardCharsets.UTF_8);
		assertThat(status("a.csv", csv, "nonsense", "SKIP_INVALID")).isEqualTo(400);
		assertThat(status("a.csv", csv, "customers", "MAYBE")).isEqualTo(400);
		assertThat(status("empty.csv", new byte[0], "customers", "SKIP_INVALID")).isEqualTo(400);
		assertThat(status("quote.csv", "客户编码,客户名称\n\"IT-G2,unclosed\n".getBytes(StandardCharsets.UTF_8), "customers",
				"SKIP_INVALID"))
			.isEqualTo(400);
		int json = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/imports")
				.contentType("application/json")
				.content("{}")
				.header("Authorization", org.salesteam.support.Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(json).isBetween(400, 499);
	}

	private int status(String name, byte[] content, String kind, String mode) throws Exception {
		return ImportApi.upload(this.mvc, "admin", kind, name, content, null, mode).getResponse().getStatus();
	}

	/** The zip with one entry's text changed. */
	private static byte[] rewrite(byte[] zip, String entryName, java.util.function.UnaryOperator<String> change)
			throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(entryName)) {
					content = change.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				copy.putNextEntry(new ZipEntry(entry.getName()));
				copy.write(content);
				copy.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
