package org.salesteam.retention.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retention module's settings ({@code salesteam.retention.*}): the typical interval
 * of a customer's class when its history is too short, the visit standard of each class,
 * the at-risk score's weights and bands, and how far back the trend looks.
 *
 * @param classDefaultDays days by class (A, B, C); a customer without a class uses C
 * @param visitStandardDays the longest a customer of the class should go without a
 * completed visit (A 30, B 60, C 90 days): beyond it the score counts
 * {@link RiskReason#NO_VISIT}
 * @param weights points by reason code ({@link RiskReason})
 * @param high the lowest HIGH risk
 * @param medium the lowest MEDIUM risk
 * @param trendDays the stored daily score a trend compares with is the latest one at
 * least this many days before the as-of date
 */
@ConfigurationProperties("salesteam.retention")
public record RetentionSettings(Map<String, Integer> classDefaultDays, Map<String, Integer> visitStandardDays,
		Map<RiskReason, Integer> weights, @DefaultValue("50") int high, @DefaultValue("30") int medium,
		@DefaultValue("7") int trendDays) {

	public RetentionSettings {
		classDefaultDays = byClass(Map.of("A", 60, "B", 90, "C", 180), classDefaultDays);
		visitStandardDays = byClass(Map.of("A", 30, "B", 60, "C", 90), visitStandardDays);
		EnumMap<RiskReason, Integer> all = new EnumMap<>(RiskReason.class);
		for (RiskReason reason : RiskReason.values()) {
			all.put(reason, reason.defaultWeight());
		}
		if (weights != null) {
			all.putAll(weights);
		}
		weights = Collections.unmodifiableMap(all);
	}

	private static Map<String, Integer> byClass(Map<String, Integer> defaults, Map<String, Integer> configured) {
		Map<String, Integer> days = new HashMap<>(defaults);
		if (configured != null) {
			configured.forEach((k, v) -> days.put(k.toUpperCase(Locale.ROOT), v));
		}
		return Map.copyOf(days);
	}

	/** The class default of {@code customerClass} (A, B, C; null or unknown: C). */
	public int classDefault(String customerClass) {
		return ofClass(this.classDefaultDays, customerClass);
	}

	/** The visit standard in days of {@code customerClass} (null or unknown: C). */
	public int visitStandard(String customerClass) {
		return ofClass(this.visitStandardDays, customerClass);
	}

	private static int ofClass(Map<String, Integer> days, String customerClass) {
		Integer found = (customerClass != null) ? days.get(customerClass) : null;
		return (found != null) ? found : days.get("C");
	}

	public int weight(RiskReason reason) {
		return this.weights.get(reason);
	}

	/** The band of a risk: HIGH, MEDIUM or LOW. */
	public String band(int risk) {
		return (risk >= this.high) ? "HIGH" : (risk >= this.medium) ? "MEDIUM" : "LOW";
	}

	/** The defaults, for unit tests. */
	public static RetentionSettings defaults() {
		return new RetentionSettings(null, null, null, 50, 30, 7);
	}

}
