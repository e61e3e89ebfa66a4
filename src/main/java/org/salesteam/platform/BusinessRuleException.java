package org.salesteam.platform;

/**
 * A request that breaks a business rule. Carries a message key and arguments so that the
 * user reads the reason in their language; answers 422 on the API, or a form error on a
 * page. {@code field} names the offending field when there is one.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final transient Object[] arguments;

	public BusinessRuleException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private BusinessRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
		return new BusinessRuleException(field, messageKey, arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String field() {
		return this.field;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
