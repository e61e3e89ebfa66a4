package org.salesteam.customer;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The fields of a {@link CustomerProfile} under the names the audit trail gives the
 * customer's attributes, with their values as the trail stores them (enums by name,
 * decimals without exponent).
 */
public enum ProfileField {

	CODE("code", CustomerProfile::code), NAME("name", CustomerProfile::name),
	INDUSTRY("industry", CustomerProfile::industry), ENTERPRISE_TYPE("enterpriseType", CustomerProfile::enterpriseType),
	SEGMENT("segmentId", CustomerProfile::segmentId), TERRITORY("territoryId", CustomerProfile::territoryId),
	PROVINCE("province", CustomerProfile::province), CITY("city", CustomerProfile::city),
	ADDRESS("address", CustomerProfile::address), SIZE("size", CustomerProfile::size),
	POTENTIAL("potential", CustomerProfile::potential), SOURCE("source", CustomerProfile::source),
	KEY_ACCOUNT("keyAccount", CustomerProfile::keyAccount), CREDIT_LIMIT("creditLimit", CustomerProfile::creditLimit),
	PAYMENT_TERMS("paymentTermsDays", CustomerProfile::paymentTermsDays), NOTES("notes", CustomerProfile::notes),
	TAX_ID("taxId", CustomerProfile::taxId), PHONE("phone", CustomerProfile::phone);

	private final String key;

	private final Function<CustomerProfile, Object> getter;

	ProfileField(String key, Function<CustomerProfile, Object> getter) {
		this.key = key;
		this.getter = getter;
	}

	/** The attribute's name in the audit trail, e.g. {@code territoryId}. */
	public String key() {
		return this.key;
	}

	/** The value as the audit trail stores it; null for none. */
	public String value(CustomerProfile profile) {
		return format(this.getter.apply(profile));
	}

	public static String format(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

}
