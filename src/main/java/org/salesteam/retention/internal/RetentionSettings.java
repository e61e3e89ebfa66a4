package org.salesteam.retention.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retention module's settings ({@code salesteam.retention.*}): the typical interval
 * of a customer's class when its history is too short, the at-risk score's weights and
 * its bands.
 *
 * @param classDefaultDays days by class (A, B, C); a customer without a class uses C
 * @param weights points by reason code ({@link RiskReason})
 * @param high the lowest HIGH risk
 * @param medium the lowest MEDIUM risk
 */
@ConfigurationProperties("salesteam.retention")
public record RetentionSettings(Map<String, Integer> classDefaultDays, Map<RiskReason, Integer> weights,
		@DefaultValue("50") int high, @DefaultValue("30") int medium) {

	public RetentionSettings {
		java.util.Map<String, Integer> days = new java.util.HashMap<>(Map.of("A", 60, "B", 90, "C", 180));
		if (classDefaultDays != null) {
			classDefaultDays.forEach((k, v) -> days.put(k.toUpperCase(java.util.Locale.ROOT), v));
		}
		classDefaultDays = Map.copyOf(days);
		java.util.EnumMap<RiskReason, Integer> all = new java.util.EnumMap<>(RiskReason.class);
		for (RiskReason reason : RiskReason.values()) {
			all.put(reason, reason.defaultWeight());
		}
		if (weights != null) {
			all.putAll(weights);
		}
		weights = java.util.Collections.unmodifiableMap(all);
	}

	/** The class default of {@code customerClass} (A, B, C; null or unknown: C). */
	public int classDefault(String customerClass) {
		Integer days = (customerClass != null) ? this.classDefaultDays.get(customerClass) : null;
		return (days != null) ? days : this.classDefaultDays.getOrDefault("C", 180);
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
		return new RetentionSettings(null, null, 50, 30);
	}

}
