package org.salesteam.io;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditTrail;
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
 * Issue 20, defect 3: an import says before writing what it will create, update (which
 * fields) and leave unchanged; the job counts created and updated rows apart; the user
 * chooses create and update / create only / update only; every customer an import creates
 * or changes shows it in its own change log, field by field, with the job as source;
 * template samples use codes no real record has.
 */
@IntegrationTest
class ImportTraceTests {

	private static final List<String> HEADER = List.of("客户编码", "客户名称", "区域编码", "年采购潜力（元）", "负责销售账号");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	org.springframework.context.MessageSource messages;

	@BeforeEach
	@AfterEach
	void removeImported() {
		this.jdbc.sql("delete from contact where customer_id in (select id from customer where code like 'IU-%')")
			.update();
		this.jdbc.sql("delete from customer where code like 'IU-%'").update();
	}

	@Test
	void theJobCountsCreatedAndUpdatedApartAndTheChangeLogNamesTheJobFieldByField() throws Exception {
		String first = ImportApi.run(this.mvc, "admin", "customers", "first.csv", initial(), "ALL_OR_NOTHING");
		assertThat(counts(first)).containsExactly(2, 2, 0, 0, 0);
		String second = ImportApi.run(this.mvc, "admin", "customers", "second.csv", changed(), "ALL_OR_NOTHING");
		assertThat(counts(second)).containsExactly(3, 1, 1, 1, 0);
		long firstJob = id(first);
		long secondJob = id(second);
		long customer = customerId("IU-1");
		String changes = this.mvc
			.perform(get("/api/v1/customers/" + customer + "/changes").header("Authorization",
					Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> lines = JsonPath.read(changes, "$");
		assertThat(lines).allSatisfy(
				(line) -> assertThat(line).containsOnlyKeys("at", "user", "source", "field", "oldValue", "newValue"));
		String admin = displayName("admin");
		assertThat(lines).contains(
				Map.of("at", lines.get(0).get("at"), "user", admin, "source", "导入任务 #" + secondJob, "field", "客户名称",
						"oldValue", "更名前测试客户", "newValue", "更名后测试客户"),
				Map.of("at", lines.get(0).get("at"), "user", admin, "source", "导入任务 #" + secondJob, "field", "销售区域",
						"oldValue", "上海", "newValue", "浙江"));
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.get("source")).isEqualTo("导入任务 #" + firstJob);
			assertThat(line.get("field")).isEqualTo("负责人");
			assertThat(line.get("oldValue")).isNull();
			assertThat(line.get("newValue")).isEqualTo(displayName("rep1"));
		});
		assertThat((String) lines.get(0).get("at")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		// the unchanged customer got no entry from the second job
		String unchanged = this.mvc
			.perform(get("/api/v1/customers/" + customerId("IU-2") + "/changes").header("Authorization",
					Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(unchanged, "$[*].source")).containsOnly("导入任务 #" + firstJob);
	}

	@Test
	void anImportedContactShowsTheJobInItsOwnChangeLog() throws Exception {
		ImportApi.run(this.mvc, "admin", "customers", "first.csv", initial(), "ALL_OR_NOTHING");
		byte[] contacts = ImportApi.csv(
				List.of(List.of("客户编码", "联系人姓名", "职务", "手机"), List.of("IU-1", "审计联系人", "采购经理", "13800138000")),
				StandardCharsets.UTF_8, false);
		String first = ImportApi.run(this.mvc, "admin", "contacts", "contacts.csv", contacts, "ALL_OR_NOTHING");
		byte[] retitled = ImportApi.csv(
				List.of(List.of("客户编码", "联系人姓名", "职务", "手机"), List.of("IU-1", "审计联系人", "采购总监", "13800138000")),
				StandardCharsets.UTF_8, false);
		String second = ImportApi.run(this.mvc, "admin", "contacts", "contacts.csv", retitled, "ALL_OR_NOTHING");
		assertThat(counts(second)).containsExactly(1, 0, 1, 0, 0);
		long contact = this.jdbc.sql("select id from contact where name = '审计联系人'").query(Long.class).single();
		List<AuditEntry> history = this.trail.history("contact", contact);
		assertThat(history).extracting(AuditEntry::source)
			.containsExactly("importJob:" + id(second), "importJob:" + id(first));
		assertThat(history.get(0).changes()).containsExactly(new AuditEntry.Change("title", "采购经理", "采购总监"));
	}

	@Test
	void thePreviewSaysWhatWillBeCreatedUpdatedAndLeftUnchangedAndWritesNothing() throws Exception {
		ImportApi.run(this.mvc, "admin", "customers", "first.csv", initial(), "ALL_OR_NOTHING");
		String preview = ImportApi.preview(this.mvc, "admin", "customers", "second.csv", changed(), Map.of());
		assertThat(List.of(ImportApi.number(preview, "$.rowsRead"), ImportApi.number(preview, "$.rowsCreated"),
				ImportApi.number(preview, "$.rowsUpdated"), ImportApi.number(preview, "$.rowsUnchanged"),
				ImportApi.number(preview, "$.rowsRejected")))
			.containsExactly(3, 1, 1, 1, 0);
		assertThat(JsonPath.<Map<String, Integer>>read(preview, "$.changedFields")).containsOnlyKeys("客户名称", "销售区域");
		assertThat(this.jdbc.sql("select count(*) from customer where code = 'IU-3'").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("select name from customer where code = 'IU-1'").query(String.class).single())
			.isEqualTo("更名前测试客户");
	}

	@Test
	void createOnlyLeavesStoredCustomersAndUpdateOnlyCreatesNone() throws Exception {
		ImportApi.run(this.mvc, "admin", "customers", "first.csv", initial(), "ALL_OR_NOTHING");
		String createOnly = ImportApi.run(this.mvc, "admin", "customers", "second.csv", changed(), "ALL_OR_NOTHING",
				Map.of("writes", "CREATE_ONLY"));
		assertThat(counts(createOnly)).containsExactly(3, 1, 0, 2, 0);
		assertThat(JsonPath.<String>read(createOnly, "$.writes")).isEqualTo("CREATE_ONLY");
		assertThat(this.jdbc.sql("select name from customer where code = 'IU-1'").query(String.class).single())
			.isEqualTo("更名前测试客户");
		this.jdbc.sql("delete from customer where code = 'IU-3'").update();
		String updateOnly = ImportApi.run(this.mvc, "admin", "customers", "second.csv", changed(), "ALL_OR_NOTHING",
				Map.of("writes", "UPDATE_ONLY"));
		assertThat(counts(updateOnly)).containsExactly(3, 0, 1, 2, 0);
		assertThat(this.jdbc.sql("select name from customer where code = 'IU-1'").query(String.class).single())
			.isEqualTo("更名后测试客户");
		assertThat(this.jdbc.sql("select count(*) from customer where code = 'IU-3'").query(Long.class).single())
			.isZero();
	}

	@Test
	void templateSamplesUseCodesThatNoRealRecordHas() throws Exception {
		MockHttpSession admin = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("director").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		Map<String, List<String>> keys = Map.of("customers", List.of("code"), "contacts", List.of("customerCode"),
				"products", List.of("code"), "orders", List.of("orderNumber", "customerCode", "productCode"));
		for (Map.Entry<String, List<String>> kind : keys.entrySet()) {
			for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
				byte[] xlsx = this.mvc
					.perform(get("/imports/templates/" + kind.getKey() + ".xlsx").param("lang", locale.toLanguageTag())
						.session(admin))
					.andReturn()
					.getResponse()
					.getContentAsByteArray();
				try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
					var header = workbook.getSheetAt(0).getRow(0);
					var sample = workbook.getSheetAt(0).getRow(1);
					for (String field : kind.getValue()) {
						String label = this.messages.getMessage("io.field." + kind.getKey() + "." + field, null,
								locale);
						int column = -1;
						for (int c = 0; c < header.getLastCellNum(); c++) {
							if (header.getCell(c).getStringCellValue().startsWith(label)) {
								column = c;
							}
						}
						assertThat(column).as(kind.getKey() + " " + locale + " " + label).isNotNegative();
						assertThat(sample.getCell(column).getStringCellValue()).as(kind.getKey() + " " + field)
							.startsWith("SAMPLE-");
					}
				}
			}
		}
	}

	private static byte[] initial() {
		return ImportApi.csv(List.of(HEADER, List.of("IU-1", "更名前测试客户", "SH", "100000", "rep1"),
				List.of("IU-2", "不变测试客户", "SH", "100000", "rep1")), StandardCharsets.UTF_8, false);
	}

	private static byte[] changed() {
		return ImportApi.csv(
				List.of(HEADER, List.of("IU-1", "更名后测试客户", "ZJ", "100000", "rep1"),
						List.of("IU-2", "不变测试客户", "SH", "100000", "rep1"), List.of("IU-3", "新建测试客户", "SH", "", "")),
				StandardCharsets.UTF_8, false);
	}

	private static List<Integer> counts(String json) {
		return List.of(ImportApi.number(json, "$.rowsRead"), ImportApi.number(json, "$.rowsCreated"),
				ImportApi.number(json, "$.rowsUpdated"), ImportApi.number(json, "$.rowsUnchanged"),
				ImportApi.number(json, "$.rowsRejected"));
	}

	private static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private long customerId(String code) {
		return this.jdbc.sql("select id from customer where code = :c").param("c", code).query(Long.class).single();
	}

	private String displayName(String username) {
		return this.jdbc.sql("select display_name from app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

}
