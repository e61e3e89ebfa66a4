package org.salesteam.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salesteam.platform.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's in-app notifications (站内通知), newest first, translated in the reader's
 * language; only their own (another user's id is a 404). Kept
 * {@code salesteam.notify.inbox-retention} (90 days), then deleted by one node a night.
 */
@Service
public class Inbox {

	/** One notification as its recipient sees it. */
	public record Item(long id, String event, String text, String link, Instant createdAt, boolean read) {
	}

	private record Stored(long id, String eventType, String messageKey, String messageArgs, String link,
			Instant createdAt, Instant readAt) {
	}

	private static final int LIMIT = 100;

	private final JdbcClient jdbc;

	private final MessageSource texts;

	private final Clock clock;

	private final Duration retention;

	Inbox(JdbcClient jdbc, MessageSource texts, Clock clock,
			@Value("${salesteam.notify.inbox-retention:P90D}") Duration retention) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.clock = clock;
		this.retention = retention;
	}

	@Transactional(readOnly = true)
	public List<Item> of(long userId, Locale locale) {
		return this.jdbc.sql("""
				select id, event_type, message_key, message_args, link, created_at, read_at
				from notification where recipient_id = :user
				order by created_at desc, id desc
				limit :limit
				""")
			.param("user", userId)
			.param("limit", LIMIT)
			.query(Stored.class)
			.list()
			.stream()
			.map((s) -> new Item(s.id(), s.eventType(),
					new StoredText(s.messageKey(), s.messageArgs()).in(this.texts, locale), s.link(), s.createdAt(),
					s.readAt() != null))
			.toList();
	}

	@Transactional(readOnly = true)
	public int unread(long userId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = :user and read_at is null")
			.param("user", userId)
			.query(Integer.class)
			.single();
	}

	/** Marks one of the user's notifications read; returns its link. */
	@Transactional
	public String markRead(long userId, long id) {
		String link = this.jdbc.sql("select link from notification where id = :id and recipient_id = :user")
			.param("id", id)
			.param("user", userId)
			.query(String.class)
			.optional()
			.orElse(null);
		int found = this.jdbc.sql("""
				update notification set read_at = coalesce(read_at, :now) where id = :id and recipient_id = :user
				""").param("now", now()).param("id", id).param("user", userId).update();
		if (found == 0) {
			throw new NotFoundException("notification", id);
		}
		return link;
	}

	@Transactional
	public int markAllRead(long userId) {
		return this.jdbc.sql("update notification set read_at = :now where recipient_id = :user and read_at is null")
			.param("now", now())
			.param("user", userId)
			.update();
	}

	/**
	 * Nightly, on one node. Returns nothing: ShedLock's method proxy refuses to lock a
	 * method returning a primitive (it threw every night before, ADR 0042).
	 */
	@Scheduled(cron = "${salesteam.notify.cleanup-cron:0 40 2 * * *}")
	@SchedulerLock(name = "notify.inboxCleanup", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	@Transactional
	public void cleanUp() {
		deleteOld();
	}

	/**
	 * Deletes the inbox rows and the finished deliveries older than the retention; a
	 * delivery still pending is kept however old.
	 * @return the inbox rows deleted
	 */
	@Transactional
	public int deleteOld() {
		OffsetDateTime cutoff = now().minus(this.retention);
		this.jdbc.sql("delete from notify_delivery where status <> 'PENDING' and created_at < :cutoff")
			.param("cutoff", cutoff)
			.update();
		return this.jdbc.sql("delete from notification where created_at < :cutoff").param("cutoff", cutoff).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
