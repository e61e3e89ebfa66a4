package org.salesteam.io;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts through the import API: visible customers only, roles in both languages,
 * idempotent.
 */
@IntegrationTest
class ContactImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void removeTestContacts() {
		this.jdbc.sql("delete from contact where name like '测试联系人%'").update();
	}

	@Test
	void importsContactsOfOwnCustomersOnceAndReportsEveryBadRow() throws Exception {
		String own = firstCustomerOf("rep6");
		String others = firstCustomerOf("rep1");
		byte[] file = ImportApi.csv(List.of(List.of("客户编码", "联系人姓名", "职务", "手机", "邮箱", "采购角色", "态度", "影响力（1-5）"),
				List.of(own, "测试联系人甲", "采购经理", "139 0000 0001", "a@example.com", "决策者", "支持", "5"),
				List.of(own, "测试联系人乙", "工程师", "13900000002", "", "Technical evaluator", "neutral", "3"),
				List.of(own, "测试联系人甲", "采购总监", "13900000001", "", "", "", ""),
				List.of(others, "测试联系人丙", "", "", "", "", "", ""),
				List.of(own, "测试联系人丁", "", "", "bad-email", "未知角色", "", "9")), StandardCharsets.UTF_8, false);
		String result = ImportApi.run(this.mvc, "rep6", "contacts", "contacts.csv", file, "SKIP_INVALID");
		assertThat(CustomerImportTests.counts(result)).containsExactly(5, 2, 0, 3);
		assertThat(JsonPath.<List<Integer>>read(result, "$.errors[*].row")).containsExactly(4, 5, 6, 6, 6);
		assertThat(JsonPath.<List<String>>read(result, "$.errors[*].column")).containsExactly("联系人姓名", "客户编码", "邮箱",
				"采购角色", "影响力（1-5）");
		assertThat(this.jdbc.sql("select buying_role from contact where name like '测试联系人%' order by mobile")
			.query(String.class)
			.list()).containsExactly("DECISION_MAKER", "TECHNICAL_EVALUATOR");
		String again = ImportApi.run(this.mvc, "rep6", "contacts", "contacts.csv", file, "SKIP_INVALID");
		assertThat(CustomerImportTests.counts(again)).containsExactly(5, 0, 2, 3);
		assertThat(this.jdbc.sql("select count(*) from contact where name like '测试联系人%'").query(Long.class).single())
			.isEqualTo(2);
	}

	private String firstCustomerOf(String username) {
		return this.jdbc
			.sql("select min(c.code) from customer c join app_user u on u.id = c.owner_id " + "where u.username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

}
