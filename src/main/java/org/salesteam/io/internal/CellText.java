package org.salesteam.io.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads values the way people type them into Chinese spreadsheets. Every method returns
 * empty for text it cannot read; blank text is never passed in.
 * <ul>
 * <li>numbers: thousands separators ({@code ,} {@code ，}), currency marks ({@code ¥ ￥ RMB
 * CNY 元}), full-width digits, {@code (1,234)} for negatives;</li>
 * <li>dates: {@code 2017-03-05}, {@code 2017-3-5}, {@code 2017/3/5}, {@code 2017.3.5},
 * {@code 2017年3月5日}, {@code 20170305}, an Excel serial number ({@code 42799}), each
 * optionally followed by a time that is ignored;</li>
 * <li>yes/no: {@code 是 否 Y N yes no true false 1 0 √ ×}.</li>
 * </ul>
 */
final class CellText {

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");

	private static final Pattern NUMBER_NOISE = Pattern.compile("(?i)rmb|cny|[¥$元,\\s]");

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

	/** 9999-12-31 as an Excel serial. */
	private static final double MAX_SERIAL = 2958465;

	private CellText() {
	}

	/** Trimmed, full-width spaces and no-break spaces included; null when blank. */
	static String clean(String raw) {
		if (raw == null) {
			return null;
		}
		String text = raw.replace('\u00A0', ' ').strip();
		return text.isEmpty() ? null : text;
	}

	static Optional<BigDecimal> number(String text) {
		String value = NUMBER_NOISE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC))
			.replaceAll("")
			.replace('，', ',');
		boolean negative = value.startsWith("(") && value.endsWith(")");
		if (negative) {
			value = value.substring(1, value.length() - 1);
		}
		if (!NUMBER.matcher(value).matches()) {
			return Optional.empty();
		}
		BigDecimal number = new BigDecimal(value);
		return Optional.of(negative ? number.negate() : number);
	}

	static Optional<LocalDate> date(String text) {
		String value = Normalizer.normalize(text, Normalizer.Form.NFKC).trim();
		try {
			Matcher full = DATE.matcher(value);
			if (full.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
						Integer.parseInt(full.group(3))));
			}
			Matcher compact = COMPACT_DATE.matcher(value);
			if (compact.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
						Integer.parseInt(compact.group(3))));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		if (SERIAL.matcher(value).matches()) {
			double serial = Double.parseDouble(value);
			if (serial >= 1 && serial <= MAX_SERIAL) {
				return Optional.of(DateUtil.getLocalDateTime(serial, false).toLocalDate());
			}
		}
		return Optional.empty();
	}

	static Optional<Boolean> yesNo(String text) {
		return switch (Normalizer.normalize(text, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT)) {
			case "是", "y", "yes", "true", "1", "√", "✓", "有" -> Optional.of(true);
			case "否", "n", "no", "false", "0", "×", "✗", "x", "无" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

	/**
	 * A header or label reduced to what identifies it: no case, spaces, punctuation,
	 * required marks or bracketed units ({@code 年采购潜力（元）} → {@code 年采购潜力}).
	 */
	static String normalizeLabel(String text) {
		if (text == null) {
			return "";
		}
		String value = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		value = value.replaceAll("\\([^)]*\\)|\\[[^]]*]|【[^】]*】", "");
		return value.replaceAll("[\\s\\p{Punct}·、：*＊]", "");
	}

}
