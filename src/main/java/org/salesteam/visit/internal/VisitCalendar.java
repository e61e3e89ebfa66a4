package org.salesteam.visit.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.salesteam.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private iCalendar feed (RFC 5545) of a rep's visits for phone calendars: a random
 * token in the URL is the only credential, so the rep can renew it (the old URL stops
 * working) or revoke it. The feed covers the last 30 days and the next 90, planned and
 * completed visits, in business time (Asia/Shanghai).
 */
@Service
public class VisitCalendar {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private final JdbcClient jdbc;

	private final Clock clock;

	VisitCalendar(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<String> token(long repId) {
		return this.jdbc.sql("select token from visit_calendar_token where rep_id = :rep")
			.param("rep", repId)
			.query(String.class)
			.optional();
	}

	/** A new token for the rep; any earlier one stops working. */
	@Transactional
	public String renew(long repId) {
		revoke(repId);
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		this.jdbc.sql("insert into visit_calendar_token (rep_id, token, created_at) values (:rep, :token, :at)")
			.param("rep", repId)
			.param("token", token)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return token;
	}

	@Transactional
	public void revoke(long repId) {
		this.jdbc.sql("delete from visit_calendar_token where rep_id = :rep").param("rep", repId).update();
	}

	/** The feed of the token's rep; an unknown or revoked token is not found. */
	@Transactional(readOnly = true)
	public String feed(String token) {
		long repId = this.jdbc.sql("select rep_id from visit_calendar_token where token = :token")
			.param("token", token)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("entity.calendar", "token"));
		LocalDate today = LocalDate.now(this.clock);
		List<String> events = this.jdbc.sql("""
				select v.id, v.planned_at, v.actual_start, v.actual_end, c.name, v.objective, v.status
				from visit v join customer c on c.id = v.customer_id
				where v.rep_id = :rep and v.status in ('PLANNED', 'COMPLETED') and v.visit_date between :from and :to
				order by v.visit_date, v.id
				""")
			.param("rep", repId)
			.param("from", today.minusDays(30))
			.param("to", today.plusDays(90))
			.query((rs, n) -> {
				LocalDateTime start = (rs.getTimestamp(3) != null) ? rs.getTimestamp(3).toLocalDateTime()
						: rs.getTimestamp(2).toLocalDateTime();
				LocalDateTime end = (rs.getTimestamp(4) != null) ? rs.getTimestamp(4).toLocalDateTime()
						: start.plusHours(1);
				return event(rs.getLong(1), start, end, rs.getString(5), rs.getString(6), rs.getString(7));
			})
			.list();
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//SalesTeam//Visits//ZH");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "X-WR-CALNAME:" + escape("拜访"));
		line(ics, "X-WR-TIMEZONE:Asia/Shanghai");
		events.forEach(ics::append);
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private String event(long id, LocalDateTime start, LocalDateTime end, String customer, String objective,
			String status) {
		StringBuilder event = new StringBuilder();
		line(event, "BEGIN:VEVENT");
		line(event, "UID:visit-" + id + "@salesteam");
		line(event, "DTSTAMP:" + LOCAL.format(LocalDateTime.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC))
				+ "Z");
		line(event, "DTSTART;TZID=Asia/Shanghai:" + LOCAL.format(start));
		line(event, "DTEND;TZID=Asia/Shanghai:" + LOCAL.format(end));
		line(event, "SUMMARY:" + escape("拜访 " + customer));
		line(event, "DESCRIPTION:" + escape(objective));
		line(event, "STATUS:" + ("COMPLETED".equals(status) ? "CONFIRMED" : "TENTATIVE"));
		line(event, "END:VEVENT");
		return event.toString();
	}

	/** RFC 5545 text escaping. */
	static String escape(String text) {
		return (text == null) ? ""
				: text.replace("\\", "\\\\")
					.replace(";", "\\;")
					.replace(",", "\\,")
					.replace("\r", "")
					.replace("\n", "\\n");
	}

	/**
	 * Appends a content line folded at 75 octets (never inside a UTF-8 character),
	 * CRLF-terminated.
	 */
	public static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
