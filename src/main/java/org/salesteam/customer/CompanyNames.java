package org.salesteam.customer;

import java.util.List;
import java.util.Locale;

/**
 * The keys of the duplicate check (查重): two customers are the same company when their
 * name keys, tax ids or phone digits are equal. A name key ignores what people write
 * differently for one company: full-width letters, digits and brackets (ＡＢＣ, （集团）), every
 * space, letter case, the group marker {@code (集团)} anywhere and the legal form at the
 * end ({@code 股份有限公司}, {@code 有限责任公司}, {@code 有限公司}). A branch (…有限公司北京分公司) keeps its own
 * key, as it is a customer of its own.
 */
public final class CompanyNames {

	/** Longest first, so that 有限责任公司 is not cut to 有限责任. */
	private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司");

	private static final String GROUP = "(集团)";

	private CompanyNames() {
	}

	/**
	 * The name key, or null for a blank name; the whole name when only a legal form is
	 * left.
	 */
	public static String key(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String text = halfWidth(name).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
		String whole = text;
		text = text.replace(GROUP, "");
		boolean cut = true;
		while (cut) {
			cut = false;
			for (String form : LEGAL_FORMS) {
				if (text.endsWith(form)) {
					text = text.substring(0, text.length() - form.length());
					cut = true;
				}
			}
		}
		return text.isEmpty() ? whole : text;
	}

	/**
	 * A tax id (统一社会信用代码) as stored and compared: half-width, upper case, without spaces
	 * or dashes; null for a blank one.
	 */
	public static String taxId(String taxId) {
		if (taxId == null || taxId.isBlank()) {
			return null;
		}
		return halfWidth(taxId).replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * The digits of a phone number as dialled within China: the country code of a number
	 * written with it ({@code +86}, {@code 0086}, or {@code 86} before a mobile number)
	 * is replaced by the trunk prefix 0 of a landline ({@code +86 21 …} = {@code 021 …})
	 * or dropped before a mobile number; null when it has no digits.
	 */
	public static String phoneDigits(String phone) {
		if (phone == null) {
			return null;
		}
		String text = halfWidth(phone).trim();
		String digits = text.replaceAll("\\D", "");
		boolean international = true;
		if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		else if (text.startsWith("+86") || (digits.startsWith("86") && digits.length() == 13)) {
			digits = digits.substring(2);
		}
		else {
			international = false;
		}
		if (international && !digits.isEmpty() && digits.charAt(0) != '1' && digits.charAt(0) != '0') {
			digits = "0" + digits;
		}
		return digits.isEmpty() ? null : digits;
	}

	/**
	 * Full-width ASCII (U+FF01–U+FF5E) and the ideographic space as their half-width
	 * forms.
	 */
	static String halfWidth(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '\uFF01' && c <= '\uFF5E') {
				result.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000') {
				result.append(' ');
			}
			else {
				result.append(c);
			}
		}
		return result.toString();
	}

}
