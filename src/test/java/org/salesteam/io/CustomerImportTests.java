package org.salesteam.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers through {@code POST /api/v1/imports}: the same data as UTF-8, UTF-8 with BOM,
 * GBK and .xlsx gives the same customers; importing again changes nothing; the two modes;
 * owners and visibility checked per row.
 */
@IntegrationTest
class CustomerImportTests {

	static final List<String> HEADER = List.of("客户编码", "客户名称", "行业", "企业性质", "细分市场", "区域编码", "城市", "年采购潜力（元）", "负责销售账号",
			"重点客户", "账期（天）");

	/**
	 * Five customers: A, B, C, C, A by potential; one for the pool; a segment and a
	 * territory to create.
	 */
	static final List<List<String>> FIVE = List.of(HEADER,
			List.of("IT-C1", "上海甲测试包装有限公司", "食品饮料", "民营企业", "食品饮料包装", "SH", "上海", "￥1,200,000", "rep1", "是", "60"),
			List.of("it-c2", "杭州乙测试标签厂", "日化用品", "外资", "LBL-DAILY", "zj", "杭州", "250000", "rep2", "否", "30"),
			List.of("IT-C3", "广州丙测试印务有限公司", "金融保险", "国有企业", "金融保险商务印刷", "GD", "广州", "80000", "rep11", "", ""),
			List.of("IT-C4", "南京丁测试出版社", "出版传媒", "Public institution", "新测试细分市场", "JS", "南京", "50000.50", "", "no", ""),
			List.of("IT-C5", "合肥戊测试医药包装", "医药健康", "JOINT_VENTURE", "PHARMA", "新测试区域", "合肥", "3000000", "manager2", "Y",
					"90"));

	/**
	 * FIVE names a segment and a territory the demo company lacks: an admin creates them.
	 */
	static final Map<String, String> CREATE_MISSING = Map.of("createMissing", "true");

	private static final String SNAPSHOT = """
			select c.code, c.name, c.industry, c.enterprise_type, s.name as segment, t.name as territory, c.city,
			       c.potential, u.username as owner, c.key_account, c.payment_terms_days, c.customer_class, c.status
			from customer c left join market_segment s on s.id = c.segment_id left join territory t on t.id = c.territory_id
			left join app_user u on u.id = c.owner_id
			where c.code like 'IT-C%' order by c.code
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void removeImportedCustomers() {
		this.jdbc.sql("delete from customer where code like 'IT-%'").update();
	}

	@Test
	void theSameDataAsUtf8BomGbkAndXlsxGivesTheSameCustomersAndAgainChangesNothing() throws Exception {
		Map<String, byte[]> files = Map.of("utf8.csv", ImportApi.csv(FIVE, StandardCharsets.UTF_8, false), "bom.csv",
				ImportApi.csv(FIVE, StandardCharsets.UTF_8, true), "gbk.csv",
				ImportApi.csv(FIVE, Charset.forName("GBK"), false), "data.xlsx",
				ImportApi.xlsx(FIVE, Map.of(7, true, 10, true)));
		List<Map<String, Object>> reference = null;
		for (String name : List.of("utf8.csv", "bom.csv", "gbk.csv", "data.xlsx")) {
			removeImportedCustomers();
			String first = ImportApi.run(this.mvc, "admin", "customers", name, files.get(name), "ALL_OR_NOTHING",
					CREATE_MISSING);
			assertThat((String) JsonPath.read(first, "$.status")).as(name).isEqualTo("DONE");
			assertThat(counts(first)).as(name).containsExactly(5, 5, 0, 0);
			List<Map<String, Object>> stored = this.jdbc.sql(SNAPSHOT).query().listOfRows();
			if (reference == null) {
				reference = stored;
				assertFirstImport(stored);
			}
			assertThat(stored.toString()).as(name).isEqualTo(reference.toString());
			String again = ImportApi.run(this.mvc, "admin", "customers", name, files.get(name), "ALL_OR_NOTHING",
					CREATE_MISSING);
			assertThat(counts(again)).as(name + " again").containsExactly(5, 0, 5, 0);
			assertThat(this.jdbc.sql(SNAPSHOT).query().listOfRows().toString()).isEqualTo(reference.toString());
		}
	}

	private void assertFirstImport(List<Map<String, Object>> stored) {
		assertThat(stored).extracting((row) -> row.get("code"))
			.containsExactly("IT-C1", "IT-C2", "IT-C3", "IT-C4", "IT-C5");
		assertThat(stored).extracting((row) -> row.get("customer_class")).containsExactly("A", "B", "C", "C", "A");
		assertThat(stored).extracting((row) -> row.get("owner"))
			.containsExactly("rep1", "rep2", "rep11", null, "manager2");
		assertThat(stored).extracting((row) -> row.get("enterprise_type"))
			.containsExactly("PRIVATE", "FOREIGN", "STATE_OWNED", "PUBLIC_INSTITUTION", "JOINT_VENTURE");
		assertThat(stored).extracting((row) -> row.get("segment"))
			.containsExactly("食品饮料包装", "日化标签", "金融保险商务印刷", "新测试细分市场", "医药包装");
		assertThat(stored).extracting((row) -> row.get("territory")).containsExactly("上海", "浙江", "广东", "江苏", "新测试区域");
		assertThat(stored).extracting((row) -> ((java.math.BigDecimal) row.get("potential")).toPlainString())
			.containsExactly("1200000.00", "250000.00", "80000.00", "50000.50", "3000000.00");
		assertThat(stored).extracting((row) -> row.get("key_account")).containsExactly(true, false, false, false, true);
		assertThat(stored).extracting((row) -> ((Number) row.get("payment_terms_days")).intValue())
			.containsExactly(60, 30, 30, 30, 90);
		assertThat(stored).extracting((row) -> row.get("status")).containsOnly("PROSPECT");
		assertThat(this.jdbc
			.sql("select count(*) from customer_class_change where customer_id in "
					+ "(select id from customer where code like 'IT-C%')")
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void allOrNothingWithThreeBadRowsInThreeChunksWritesNothingAndListsEachRowAndColumn() throws Exception {
		String result = ImportApi.run(this.mvc, "admin", "customers", "bad.csv", withThreeBadRows(), "ALL_OR_NOTHING");
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("DONE");
		assertThat(counts(result)).containsExactly(120, 0, 0, 3);
		assertThat(JsonPath.<List<Integer>>read(result, "$.errors[*].row")).containsExactly(3, 60, 121);
		assertThat(JsonPath.<List<String>>read(result, "$.errors[*].column")).containsExactly("年采购潜力（元）", "客户名称",
				"负责销售账号");
		assertThat(JsonPath.<String>read(result, "$.errors[2].message")).contains("没有这个用户");
		assertThat(JsonPath.<String>read(result, "$.errors[0].value")).isEqualTo("abc");
		assertThat(this.jdbc.sql("select count(*) from customer where code like 'IT-B%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void skipInvalidWritesExactlyTheGoodRows() throws Exception {
		String result = ImportApi.run(this.mvc, "admin", "customers", "bad.csv", withThreeBadRows(), "SKIP_INVALID");
		assertThat(counts(result)).containsExactly(120, 117, 0, 3);
		List<String> codes = this.jdbc.sql("select code from customer where code like 'IT-B%'")
			.query(String.class)
			.list();
		assertThat(codes).hasSize(117).doesNotContain("IT-B002", "IT-B059", "IT-B120");
		String again = ImportApi.run(this.mvc, "admin", "customers", "bad.csv", withThreeBadRows(), "SKIP_INVALID");
		assertThat(counts(again)).containsExactly(120, 0, 117, 3);
	}

	@Test
	void anUnknownOwnerIsARowError() throws Exception {
		byte[] file = ImportApi.csv(List.of(List.of("客户编码", "客户名称", "负责销售账号"), List.of("IT-U1", "无名测试公司", "nobody")),
				StandardCharsets.UTF_8, false);
		String result = ImportApi.run(this.mvc, "manager1", "customers", "owner.csv", file, "SKIP_INVALID");
		assertThat(counts(result)).containsExactly(1, 0, 0, 1);
		assertThat(JsonPath.<Integer>read(result, "$.errors[0].row")).isEqualTo(2);
		assertThat(JsonPath.<String>read(result, "$.errors[0].column")).isEqualTo("负责销售账号");
	}

	@Test
	void aRepImportsOnlyTheirOwnCustomersAndCannotChangeAnotherRepsCustomer() throws Exception {
		byte[] setup = ImportApi.csv(List.of(List.of("客户编码", "客户名称", "负责销售账号"), List.of("IT-R2", "二号测试客户", "rep2")),
				StandardCharsets.UTF_8, false);
		assertThat(counts(ImportApi.run(this.mvc, "admin", "customers", "setup.csv", setup, "ALL_OR_NOTHING")))
			.containsExactly(1, 1, 0, 0);
		byte[] file = ImportApi.csv(
				List.of(List.of("客户编码", "客户名称", "负责销售账号"), List.of("IT-R1", "一号测试客户", ""),
						List.of("IT-R2", "被改名的客户", ""), List.of("IT-R3", "三号测试客户", "rep2")),
				StandardCharsets.UTF_8, false);
		String result = ImportApi.run(this.mvc, "rep1", "customers", "mine.csv", file, "SKIP_INVALID");
		assertThat(counts(result)).containsExactly(3, 1, 0, 2);
		assertThat(JsonPath.<List<Integer>>read(result, "$.errors[*].row")).containsExactly(3, 4);
		assertThat(JsonPath.<List<String>>read(result, "$.errors[*].column")).containsExactly("客户编码", "负责销售账号");
		assertThat(owner("IT-R1")).isEqualTo("rep1");
		assertThat(owner("IT-R2")).isEqualTo("rep2");
		assertThat(this.jdbc.sql("select name from customer where code = 'IT-R2'").query(String.class).single())
			.isEqualTo("二号测试客户");
		assertThat(this.jdbc.sql("select count(*) from customer where code = 'IT-R3'").query(Long.class).single())
			.isZero();
	}

	@Test
	void supportMayNotImportAndAnotherUsersJobIsNotFound() throws Exception {
		byte[] file = ImportApi.csv(FIVE, StandardCharsets.UTF_8, false);
		assertThat(ImportApi.upload(this.mvc, "support1", "customers", "x.csv", file, null, "SKIP_INVALID")
			.getResponse()
			.getStatus()).isEqualTo(403);
		String done = ImportApi.run(
				this.mvc, "rep1", "customers", "x.csv", ImportApi
					.csv(List.of(List.of("客户编码", "客户名称"), List.of("IT-J1", "任务可见性测试")), StandardCharsets.UTF_8, false),
				"SKIP_INVALID");
		long id = ((Number) JsonPath.read(done, "$.id")).longValue();
		int status = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/imports/" + id)
				.header("Authorization", org.salesteam.support.Tokens.bearer(this.mvc, "rep2")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
	}

	@Test
	void anExplicitMappingIsCheckedAgainstTheFileAndTheKind() throws Exception {
		byte[] file = ImportApi.csv(List.of(List.of("编号", "公司"), List.of("IT-M1", "映射测试公司")), StandardCharsets.UTF_8,
				false);
		var unknownColumn = ImportApi.upload(this.mvc, "admin", "customers", "m.csv", file,
				"{\"code\":\"编号\",\"name\":\"没有这一列\"}", "SKIP_INVALID");
		assertThat(unknownColumn.getResponse().getStatus()).isEqualTo(400);
		assertThat(unknownColumn.getResponse().getContentAsString()).contains("没有这一列");
		var missingRequired = ImportApi.upload(this.mvc, "admin", "customers", "m.csv", file, "{\"code\":\"编号\"}",
				"SKIP_INVALID");
		assertThat(missingRequired.getResponse().getStatus()).isEqualTo(400);
		assertThat(missingRequired.getResponse().getContentAsString()).contains("客户名称");
		var ok = ImportApi.upload(this.mvc, "admin", "customers", "m.csv", file, "{\"code\":\"编号\",\"name\":\"公司\"}",
				"SKIP_INVALID");
		assertThat(ok.getResponse().getStatus()).isEqualTo(202);
		long id = ((Number) JsonPath.read(ok.getResponse().getContentAsString(), "$.id")).longValue();
		assertThat(counts(ImportApi.await(this.mvc, "admin", id))).containsExactly(1, 1, 0, 0);
	}

	/**
	 * 120 rows IT-B001…IT-B120 on lines 2–121; line 3 has a bad potential, line 60 no
	 * name, line 121 an unknown owner: one bad row in each chunk of 50.
	 */
	static byte[] withThreeBadRows() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("客户编码", "客户名称", "年采购潜力（元）", "负责销售账号"));
		for (int i = 1; i <= 120; i++) {
			int line = i + 1;
			rows.add(List.of(String.format("IT-B%03d", i), (line == 60) ? "" : "批量测试客户" + i,
					(line == 3) ? "abc" : Integer.toString(10_000 * i), (line == 121) ? "nosuchuser" : "rep1"));
		}
		return ImportApi.csv(rows, StandardCharsets.UTF_8, false);
	}

	static List<Integer> counts(String json) {
		return List.of(ImportApi.number(json, "$.rowsRead"), ImportApi.number(json, "$.rowsImported"),
				ImportApi.number(json, "$.rowsUnchanged"), ImportApi.number(json, "$.rowsRejected"));
	}

	private String owner(String code) {
		return this.jdbc.sql("select u.username from customer c join app_user u on u.id = c.owner_id where c.code = :c")
			.param("c", code)
			.query(String.class)
			.single();
	}

}
