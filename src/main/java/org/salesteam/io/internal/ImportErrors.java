package org.salesteam.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code import_error} table: the problems of a job's rejected rows, stored as
 * message keys and translated when read, in the reader's language.
 */
@Component
public class ImportErrors {

	private static final String SEPARATOR = "\u001F";

	private static final int VALUE_LENGTH = 500;

	/** One problem as shown: the file's line (header = 1), column header, value, text. */
	public record Shown(int row, String column, String value, String message) {
	}

	/** A problem of a row, with the header of the column it belongs to. */
	record Found(int line, String column, String value, String messageKey, Object[] arguments) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final MessageSource messages;

	ImportErrors(JdbcClient jdbc, JdbcTemplate template, MessageSource messages) {
		this.jdbc = jdbc;
		this.template = template;
		this.messages = messages;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void save(long jobId, List<Found> found) {
		List<Object[]> rows = new ArrayList<>();
		int number = 0;
		for (Found error : found) {
			rows.add(new Object[] { jobId, number++, error.line(), cut(error.column(), 200),
					cut(error.value(), VALUE_LENGTH), error.messageKey(),
					cut(Arrays.stream(error.arguments()).map(String::valueOf).collect(Collectors.joining(SEPARATOR)),
							1000) });
			if (rows.size() == 1000) {
				insert(rows);
				rows.clear();
			}
		}
		insert(rows);
	}

	/** The job's problems in file order, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Shown> of(long jobId, Locale locale, int limit) {
		return this.jdbc.sql("""
				select line_no, column_name, cell_value, message_key, message_args from import_error
				where job_id = :job order by error_no limit :limit
				""")
			.param("job", jobId)
			.param("limit", limit)
			.query((rs, n) -> new Shown(rs.getInt(1), rs.getString(2), rs.getString(3),
					text(rs.getString(4), rs.getString(5), locale)))
			.list();
	}

	/** Problems found but not stored (a preview), translated, at most {@code limit}. */
	List<Shown> shown(List<Found> found, Locale locale, int limit) {
		return found.stream()
			.limit(limit)
			.map((error) -> new Shown(error.line(), error.column(), error.value(), text(error.messageKey(),
					Arrays.stream(error.arguments()).map(String::valueOf).collect(Collectors.joining(SEPARATOR)),
					locale)))
			.toList();
	}

	/** The translated problems of each rejected line. */
	@Transactional(readOnly = true)
	Map<Integer, String> byLine(long jobId, Locale locale) {
		Map<Integer, String> lines = new LinkedHashMap<>();
		this.jdbc.sql("""
				select line_no, column_name, message_key, message_args from import_error
				where job_id = :job order by error_no
				""").param("job", jobId).query((rs) -> {
			String text = ((rs.getString(2) != null) ? rs.getString(2) + ": " : "")
					+ text(rs.getString(3), rs.getString(4), locale);
			lines.merge(rs.getInt(1), text, (a, b) -> a + "; " + b);
		});
		return lines;
	}

	private String text(String key, String arguments, Locale locale) {
		Object[] args = (arguments == null || arguments.isEmpty()) ? new Object[0] : arguments.split(SEPARATOR, -1);
		for (int i = 0; i < args.length; i++) {
			String arg = (String) args[i];
			if (arg.startsWith(Choices.KEYS)) {
				args[i] = Arrays.stream(arg.substring(Choices.KEYS.length()).split(","))
					.map((choice) -> this.messages.getMessage(choice, null, choice, locale))
					.collect(Collectors.joining(" / "));
			}
		}
		return this.messages.getMessage(key, args, key, locale);
	}

	private void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.template.batchUpdate("""
					insert into import_error (job_id, error_no, line_no, column_name, cell_value, message_key,
					    message_args)
					values (?, ?, ?, ?, ?, ?, ?)
					""", rows);
		}
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
