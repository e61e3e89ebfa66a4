package org.salesteam.notify.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who gets a notice by e-mail: an active user with an address who has not switched the
 * event off ({@code notify_preference}, on by default), or whose team's manager requires
 * e-mail for it ({@code notify_team_requirement}). Reads {@code app_user} directly (read
 * only): {@code team}'s directory has no address or language.
 */
@Component
class MailReaders {

	/** An e-mail recipient. */
	record Reader(long id, String email, String displayName, String locale, Long teamId) {

		Locale language() {
			return Locale.forLanguageTag(this.locale);
		}

	}

	static final String EMAIL = "EMAIL";

	private final JdbcClient jdbc;

	MailReaders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Reader> reader(long userId) {
		return this.jdbc.sql("""
				select id, email, display_name, locale, team_id from app_user
				where id = :id and active = true and email is not null and email <> ''
				""").param("id", userId).query(Reader.class).optional();
	}

	/** The reader, when this event type reaches them by e-mail. */
	Optional<Reader> wants(long userId, String eventType) {
		return reader(userId).filter((r) -> required(r, eventType) || chosen(r.id(), eventType));
	}

	Optional<Long> teamOf(long userId) {
		return this.jdbc.sql("select team_id from app_user where id = :id and team_id is not null")
			.param("id", userId)
			.query(Long.class)
			.optional();
	}

	boolean required(Reader reader, String eventType) {
		return reader.teamId() != null && this.jdbc
			.sql("""
					select count(*) from notify_team_requirement where team_id = :team and event_type = :type and channel = :c
					""")
			.param("team", reader.teamId())
			.param("type", eventType)
			.param("c", EMAIL)
			.query(Integer.class)
			.single() > 0;
	}

	private boolean chosen(long userId, String eventType) {
		return this.jdbc.sql("""
				select enabled from notify_preference where user_id = :user and event_type = :type and channel = :c
				""")
			.param("user", userId)
			.param("type", eventType)
			.param("c", EMAIL)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

}
