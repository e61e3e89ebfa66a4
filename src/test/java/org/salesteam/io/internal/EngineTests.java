package org.salesteam.io.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The import engine's rules for text, encodings, headers and formulas. */
class EngineTests {

	@Test
	void detectsUtf8Utf8WithBomAndGbk() throws Exception {
		byte[] utf8 = "客户编码,客户名称\n".getBytes(StandardCharsets.UTF_8);
		assertThat(detect(utf8).label()).isEqualTo("UTF-8");
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		assertThat(detect(bom).label()).isEqualTo("UTF-8 BOM");
		assertThat(detect(bom).bomLength()).isEqualTo(3);
		byte[] gbk = "客户".getBytes(Charset.forName("GBK"));
		assertThat(gbk).containsExactly(0xBF, 0xCD, 0xBB, 0xA7);
		TextEncoding detected = detect(gbk);
		assertThat(detected.label()).isEqualTo("GBK");
		assertThat(new String(gbk, detected.charset())).isEqualTo("客户");
		assertThat(detect("plain ascii".getBytes(StandardCharsets.US_ASCII)).label()).isEqualTo("UTF-8");
	}

	@Test
	void readsTheCommonDateForms() {
		LocalDate march5 = LocalDate.of(2017, 3, 5);
		for (String text : List.of("2017-03-05", "2017-3-5", "2017/3/5", "2017.3.5", "2017年3月5日", "2017 年 3 月 5 日",
				"20170305", "42799", "2017-03-05 14:30:00", "２０１７/３/５")) {
			assertThat(CellText.date(text)).as(text).contains(march5);
		}
		assertThat(CellText.date("2017-02-30")).isEmpty();
		assertThat(CellText.date("next week")).isEmpty();
		assertThat(CellText.date("99999999")).isEmpty();
	}

	@Test
	void readsNumbersWithSeparatorsAndCurrencyMarks() {
		assertThat(CellText.number("¥1,234,567.50")).contains(new BigDecimal("1234567.50"));
		assertThat(CellText.number("￥1，200")).contains(new BigDecimal("1200"));
		assertThat(CellText.number("RMB 3000元")).contains(new BigDecimal("3000"));
		assertThat(CellText.number("(1,234)")).contains(new BigDecimal("-1234"));
		assertThat(CellText.number("1.5E3")).contains(new BigDecimal("1.5E3"));
		assertThat(CellText.number("12abc")).isEmpty();
		assertThat(CellText.yesNo("是")).contains(true);
		assertThat(CellText.yesNo("N")).contains(false);
		assertThat(CellText.yesNo("maybe")).isEmpty();
	}

	@Test
	void suggestsFieldsFromChineseAndEnglishHeaders() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/io", "i18n/customer");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		List<ImportField> fields = List.of(ImportField.required("code", "客户代码", "customer code"),
				ImportField.required("name", "公司名称", "customer name"), ImportField.optional("potential", "采购潜力"),
				ImportField.optional("ownerUsername", "业务员", "owner"));
		Map<String, String> chinese = HeaderMatcher.suggest("customers", fields,
				List.of("序号", "客户代码", "公司名称 *", "采购潜力(万元)", "业务员"), messages);
		assertThat(chinese).containsExactly(Map.entry("code", "客户代码"), Map.entry("name", "公司名称 *"),
				Map.entry("potential", "采购潜力(万元)"), Map.entry("ownerUsername", "业务员"));
		Map<String, String> english = HeaderMatcher.suggest("customers", fields,
				List.of("Customer Code", "Customer name", "Annual purchase potential (CNY)", "Notes"), messages);
		assertThat(english).containsExactly(Map.entry("code", "Customer Code"), Map.entry("name", "Customer name"),
				Map.entry("potential", "Annual purchase potential (CNY)"));
	}

	@Test
	void neutralisesTextThatASpreadsheetWouldRun() {
		for (String formula : List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(Spreadsheets.neutralise(formula)).as(formula).isEqualTo("'" + formula);
		}
		assertThat(Spreadsheets.neutralise("上海=包装")).isEqualTo("上海=包装");
		assertThat(Spreadsheets.neutralise("")).isEmpty();
		assertThat(Spreadsheets.neutralise(null)).isNull();
	}

	private static TextEncoding detect(byte[] content) throws Exception {
		return TextEncoding.detect(() -> new ByteArrayInputStream(content));
	}

}
