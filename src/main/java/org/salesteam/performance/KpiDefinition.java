package org.salesteam.performance;

/**
 * A KPI of the catalogue. Its names and formula are translated under {@link #nameKey()}
 * and {@link #formulaKey()} (bundle {@code i18n/performance}).
 *
 * @param code the stable code used in the API, e.g. {@code SALES}
 * @param unit how the value reads
 * @param higherIsBetter whether a rising value is good news
 * @param ratio whether the value is numerator ÷ denominator (and may be undefined)
 */
public record KpiDefinition(String code, KpiUnit unit, boolean higherIsBetter, boolean ratio) {

	public String nameKey() {
		return "performance.kpi." + this.code + ".name";
	}

	public String formulaKey() {
		return "performance.kpi." + this.code + ".formula";
	}

}
