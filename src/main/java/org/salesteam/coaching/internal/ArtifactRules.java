package org.salesteam.coaching.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;

/**
 * What an uploaded artifact may be (pure; ADR 0045): at most {@link #MAX_BYTES}, not
 * empty, and a PDF, PNG, JPEG or Office file (docx, xlsx, pptx) — by its name's extension
 * and by its first bytes, so that a renamed file is refused too. Anything else is 422 on
 * {@code file}. The stored content type follows the extension, not what the browser sent.
 */
final class ArtifactRules {

	/** 5 MB. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private record Kind(String contentType, byte[] magic) {
	}

	private static final Map<String, Kind> KINDS = Map.of("pdf", new Kind("application/pdf", PDF), "png",
			new Kind("image/png", PNG), "jpg", new Kind("image/jpeg", JPEG), "jpeg", new Kind("image/jpeg", JPEG),
			"docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP), "xlsx",
			new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP), "pptx",
			new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP));

	private ArtifactRules() {
	}

	/** The content type to store, or 422 on {@code file}. */
	static String check(String fileName, byte[] content) {
		if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
			throw BusinessRuleException.onField("file", "coaching.validation.required");
		}
		if (content.length > MAX_BYTES) {
			throw BusinessRuleException.onField("file", "coaching.artifact.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		if (fileName.length() > 200) {
			throw BusinessRuleException.onField("file", "coaching.validation.tooLong", 200);
		}
		int dot = fileName.lastIndexOf('.');
		Kind kind = (dot < 0) ? null : KINDS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
		if (kind == null || content.length < kind.magic().length
				|| !Arrays.equals(Arrays.copyOf(content, kind.magic().length), kind.magic())) {
			throw BusinessRuleException.onField("file", "coaching.artifact.error.type");
		}
		return kind.contentType();
	}

}
