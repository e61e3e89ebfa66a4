package org.salesteam.coaching.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an artifact may be: by extension and first bytes (a renamed text file is refused),
 * at most 5 MB (5 242 880 bytes pass, one more does not), never empty.
 */
class ArtifactRulesTests {

	private static byte[] startingWith(byte[] magic, int length) {
		byte[] content = new byte[length];
		System.arraycopy(magic, 0, content, 0, magic.length);
		return content;
	}

	@Test
	void typesByExtensionAndFirstBytes() {
		byte[] pdf = "%PDF-1.4 notes".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(ArtifactRules.check("笔记.PDF", pdf)).isEqualTo("application/pdf");
		assertThat(
				ArtifactRules.check("样张.jpg", startingWith(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, 10)))
			.isEqualTo("image/jpeg");
		assertThat(ArtifactRules.check("报价.xlsx", startingWith(new byte[] { 'P', 'K', 3, 4 }, 10)))
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		// a text file renamed to .pdf, an executable, no extension
		refused("notes.pdf", "just text".getBytes(StandardCharsets.UTF_8));
		refused("tool.exe", startingWith(new byte[] { 'M', 'Z' }, 10));
		refused("notes", pdf);
		refused("notes.pdf", new byte[0]);
		refused(null, pdf);
	}

	@Test
	void atMostFiveMegabytes() {
		byte[] magic = { '%', 'P', 'D', 'F' };
		assertThat(ArtifactRules.check("big.pdf", startingWith(magic, 5 * 1024 * 1024))).isEqualTo("application/pdf");
		refused("big.pdf", startingWith(magic, 5 * 1024 * 1024 + 1));
	}

	private static void refused(String name, byte[] content) {
		assertThatThrownBy(() -> ArtifactRules.check(name, content)).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("file"));
	}

}
