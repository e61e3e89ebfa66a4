package org.salesteam.io.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed reading of one row's cells that collects a {@link RowProblem} for every value it
 * cannot accept instead of stopping at the first, so that the user sees all of a row's
 * problems at once. Getters return null for a blank cell or a rejected value.
 */
final class RowValues {

	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+");

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

	private final SourceRow row;

	private final List<RowProblem> problems = new ArrayList<>();

	RowValues(SourceRow row) {
		this.row = row;
	}

	int line() {
		return this.row.line();
	}

	String text(String field, int maxLength) {
		String value = this.row.get(field);
		if (value != null && value.length() > maxLength) {
			return reject(field, "io.value.tooLong", maxLength);
		}
		return value;
	}

	String required(String field, int maxLength) {
		if (this.row.get(field) == null) {
			this.problems.add(new RowProblem(field, null, "io.value.required"));
			return null;
		}
		return text(field, maxLength);
	}

	/** A code of letters, digits and {@code . _ -}, in upper case. */
	String code(String field, int maxLength, boolean required) {
		String value = required ? required(field, maxLength) : text(field, maxLength);
		if (value != null && !CODE.matcher(value).matches()) {
			return reject(field, "io.value.code");
		}
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

	/** A sum of money: not negative, at most two decimals and 13 digits before them. */
	BigDecimal amount(String field) {
		String value = this.row.get(field);
		if (value == null) {
			return null;
		}
		Optional<BigDecimal> number = CellText.number(value);
		if (number.isEmpty()) {
			return reject(field, "io.value.number");
		}
		BigDecimal amount = number.get().stripTrailingZeros();
		if (amount.signum() < 0) {
			return reject(field, "io.value.negative");
		}
		if (amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
			return reject(field, "io.value.amount");
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/**
	 * A sum of money as spreadsheets export computed cells (e.g. {@code 261.9576}):
	 * rounded half up to cents, 13 digits before them; negative only if {@code negative}.
	 * Rounding is deterministic, so a re-import stays unchanged.
	 */
	BigDecimal money(String field, boolean negative) {
		String value = this.row.get(field);
		if (value == null) {
			return null;
		}
		Optional<BigDecimal> number = CellText.number(value);
		if (number.isEmpty()) {
			return reject(field, "io.value.number");
		}
		BigDecimal amount = number.get().setScale(2, RoundingMode.HALF_UP);
		if (!negative && amount.signum() < 0) {
			return reject(field, "io.value.negative");
		}
		if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
			return reject(field, "io.value.amount");
		}
		return amount;
	}

	/**
	 * A number with at most {@code maxScale} decimals and 13 digits before them; zero or
	 * more unless {@code negative}.
	 */
	BigDecimal decimal(String field, int maxScale, boolean negative) {
		String value = this.row.get(field);
		if (value == null) {
			return null;
		}
		Optional<BigDecimal> number = CellText.number(value);
		if (number.isEmpty()) {
			return reject(field, "io.value.number");
		}
		BigDecimal result = number.get().stripTrailingZeros();
		if (!negative && result.signum() < 0) {
			return reject(field, "io.value.negative");
		}
		if (result.scale() > maxScale || result.abs().compareTo(MAX_AMOUNT) > 0) {
			return reject(field, "io.value.decimals", maxScale);
		}
		return result.setScale(Math.max(0, result.scale()));
	}

	Integer integer(String field, int min, int max) {
		String value = this.row.get(field);
		if (value == null) {
			return null;
		}
		Optional<BigDecimal> number = CellText.number(value);
		if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
			return reject(field, "io.value.integer");
		}
		if (number.get().compareTo(BigDecimal.valueOf(min)) < 0
				|| number.get().compareTo(BigDecimal.valueOf(max)) > 0) {
			return reject(field, "io.value.range", min, max);
		}
		return number.get().intValueExact();
	}

	Boolean yesNo(String field) {
		String value = this.row.get(field);
		if (value == null) {
			return null;
		}
		return CellText.yesNo(value).orElseGet(() -> reject(field, "io.value.yesNo"));
	}

	LocalDate date(String field) {
		String value = this.row.get(field);
		if (value == null) {
			return null;
		}
		return CellText.date(value).orElseGet(() -> reject(field, "io.value.date"));
	}

	<E extends Enum<E>> E choice(String field, Choices<E> choices) {
		String value = this.row.get(field);
		if (value == null) {
			return null;
		}
		return choices.find(value).orElseGet(() -> reject(field, "io.value.choice", choices.describe()));
	}

	String email(String field, int maxLength) {
		String value = text(field, maxLength);
		if (value != null && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			return reject(field, "io.value.email");
		}
		return value;
	}

	/** Records a problem with the field's cell; returns null for the caller to use. */
	<T> T reject(String field, String messageKey, Object... arguments) {
		this.problems.add(new RowProblem(field, this.row.get(field), messageKey, arguments));
		return null;
	}

	boolean ok() {
		return this.problems.isEmpty();
	}

	List<RowProblem> problems() {
		return List.copyOf(this.problems);
	}

	RowOutcome rejected() {
		return RowOutcome.rejected(line(), this.problems);
	}

}
