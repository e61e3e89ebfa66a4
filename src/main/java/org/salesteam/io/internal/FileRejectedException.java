package org.salesteam.io.internal;

/**
 * A file, or a request about one, that cannot be processed: unreadable, over a limit, a
 * mapping that does not fit. Carries a message key and arguments for the user's language;
 * answers 400 on the API, 413 when {@link #tooLarge()}.
 */
public class FileRejectedException extends RuntimeException {

	private final String messageKey;

	private final boolean tooLarge;

	private final transient Object[] arguments;

	public FileRejectedException(String messageKey, Object... arguments) {
		this(false, messageKey, arguments);
	}

	private FileRejectedException(boolean tooLarge, String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.tooLarge = tooLarge;
		this.arguments = arguments;
	}

	public static FileRejectedException tooLarge(String messageKey, Object... arguments) {
		return new FileRejectedException(true, messageKey, arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public boolean tooLarge() {
		return this.tooLarge;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
