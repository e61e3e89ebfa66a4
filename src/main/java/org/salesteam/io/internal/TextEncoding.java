package org.salesteam.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The encoding of a text file as Chinese users produce it: a byte-order mark decides;
 * without one, text that is valid UTF-8 throughout is UTF-8, anything else is GBK (read
 * as GB18030, its superset, so that no character is lost).
 *
 * @param charset how to decode
 * @param bomLength bytes to skip at the start
 * @param label what the user is shown: {@code UTF-8}, {@code UTF-8 BOM}, {@code GBK}, …
 */
record TextEncoding(Charset charset, int bomLength, String label) {

	static final Charset GBK = Charset.forName("GB18030");

	static TextEncoding detect(Supplier<InputStream> content) throws IOException {
		byte[] head = new byte[3];
		int read;
		try (InputStream in = content.get()) {
			read = in.readNBytes(head, 0, 3);
		}
		if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 BOM");
		}
		if (read >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE");
		}
		if (read >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE");
		}
		try (InputStream in = content.get()) {
			return isUtf8(in) ? new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8") : new TextEncoding(GBK, 0, "GBK");
		}
	}

	static TextEncoding of(String label) {
		return switch (label) {
			case "UTF-8 BOM" -> new TextEncoding(StandardCharsets.UTF_8, 3, label);
			case "UTF-16LE" -> new TextEncoding(StandardCharsets.UTF_16LE, 2, label);
			case "UTF-16BE" -> new TextEncoding(StandardCharsets.UTF_16BE, 2, label);
			case "GBK" -> new TextEncoding(GBK, 0, label);
			default -> new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
		};
	}

	/** A reader past the byte-order mark. */
	Reader reader(InputStream in) throws IOException {
		in.skipNBytes(this.bomLength);
		return new InputStreamReader(in,
				this.charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
	}

	private static boolean isUtf8(InputStream in) throws IOException {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		char[] buffer = new char[8192];
		try (Reader reader = new InputStreamReader(in, strict)) {
			while (reader.read(buffer) >= 0) {
				// decoding is the check
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
