package org.salesteam.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys of the duplicate check (查重), worked out by hand. */
class CompanyNamesTests {

	@Test
	void theNameKeyDropsLegalFormsTheGroupMarkerSpacesAndFullWidthForms() {
		assertThat(CompanyNames.key("融源印务有限责任公司")).isEqualTo("融源印务");
		assertThat(CompanyNames.key("融源印务有限公司")).isEqualTo("融源印务");
		assertThat(CompanyNames.key("融源印务（集团）有限公司")).isEqualTo("融源印务");
		assertThat(CompanyNames.key(" 融源　印务 股份有限公司 ")).isEqualTo("融源印务");
		assertThat(CompanyNames.key("ＡＢＣ印刷有限公司")).isEqualTo("abc印刷");
		assertThat(CompanyNames.key("Abc 印刷")).isEqualTo("abc印刷");
	}

	@Test
	void aBranchKeepsItsOwnKeyAndALegalFormAloneIsItsOwnKey() {
		assertThat(CompanyNames.key("融源印务有限公司北京分公司")).isEqualTo("融源印务有限公司北京分公司");
		assertThat(CompanyNames.key("有限公司")).isEqualTo("有限公司");
		assertThat(CompanyNames.key("  ")).isNull();
		assertThat(CompanyNames.key(null)).isNull();
	}

	@Test
	void taxIdsAndPhonesAreComparedWithoutTheirFormatting() {
		assertThat(CompanyNames.taxId("9131 0115-ma1k4abc12")).isEqualTo("91310115MA1K4ABC12");
		assertThat(CompanyNames.taxId("９１３１０１１５ＭＡ１Ｋ４ＡＢＣ１２")).isEqualTo("91310115MA1K4ABC12");
		assertThat(CompanyNames.taxId(" ")).isNull();
		assertThat(CompanyNames.phoneDigits("+86 138-0013-8000")).isEqualTo("13800138000");
		// the country code stands for the trunk prefix 0 of a landline
		assertThat(CompanyNames.phoneDigits("0086 21 5888 0000")).isEqualTo("02158880000");
		assertThat(CompanyNames.phoneDigits("+86 574 87654321")).isEqualTo("057487654321");
		assertThat(CompanyNames.phoneDigits("（021）5888 0000")).isEqualTo("02158880000");
		assertThat(CompanyNames.phoneDigits("无")).isNull();
	}

}
