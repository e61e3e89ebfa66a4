package org.salesteam.notify.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox table {@code notify_delivery}. A worker claims a due row with one
 * conditional update (works alike on H2 and PostgreSQL): only the worker whose update
 * matched owns it, and a claim older than the lease (its node died) may be taken again.
 * Finishing checks the claim too, so a worker whose lease ran out cannot overwrite
 * another's result.
 */
@Component
public class Outbox {

	/** A claimed delivery. */
	record Due(long id, String eventType, String eventKey, String channel, String target, Long channelId,
			String messageKey, String messageArgs, String link, int attempts) {
	}

	/** A delivery for the admins' list. */
	public record Row(long id, String eventType, String channel, Long channelId, String status, int attempts,
			Instant nextAttemptAt, Instant createdAt, Instant sentAt, String lastError) {
	}

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> due(Instant now, Duration lease, int limit) {
		return this.jdbc.sql("""
				select id from notify_delivery
				where status = 'PENDING' and next_attempt_at <= :now and (claimed_at is null or claimed_at < :stale)
				order by next_attempt_at, id
				limit :limit
				""")
			.param("now", utc(now))
			.param("stale", utc(now.minus(lease)))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** True when this worker now owns the row. */
	boolean claim(long id, String worker, Instant now, Duration lease) {
		return this.jdbc.sql("""
				update notify_delivery set claimed_by = :worker, claimed_at = :now
				where id = :id and status = 'PENDING' and next_attempt_at <= :now
				  and (claimed_at is null or claimed_at < :stale)
				""")
			.param("worker", worker)
			.param("now", utc(now))
			.param("stale", utc(now.minus(lease)))
			.param("id", id)
			.update() == 1;
	}

	Optional<Due> load(long id) {
		return this.jdbc.sql("""
				select id, event_type, event_key, channel, target, channel_id, message_key, message_args, link, attempts
				from notify_delivery where id = :id
				""").param("id", id).query(Due.class).optional();
	}

	/**
	 * Claims the other waiting e-mails of the same recipient, due or not yet (the
	 * digest), and returns them, oldest first.
	 */
	List<Due> claimDigest(String target, String worker, Instant now, Duration lease) {
		this.jdbc.sql("""
				update notify_delivery set claimed_by = :worker, claimed_at = :now
				where target = :target and channel = 'EMAIL' and status = 'PENDING'
				  and (claimed_at is null or claimed_at < :stale)
				""")
			.param("worker", worker)
			.param("now", utc(now))
			.param("stale", utc(now.minus(lease)))
			.param("target", target)
			.update();
		return this.jdbc.sql("""
				select id, event_type, event_key, channel, target, channel_id, message_key, message_args, link, attempts
				from notify_delivery
				where target = :target and channel = 'EMAIL' and status = 'PENDING' and claimed_by = :worker
				order by created_at, id
				""").param("target", target).param("worker", worker).query(Due.class).list();
	}

	void sent(long id, String worker, Instant now) {
		this.jdbc.sql("""
				update notify_delivery set status = 'SENT', sent_at = :now, attempts = attempts + 1,
				    claimed_by = null, claimed_at = null, last_error = null
				where id = :id and claimed_by = :worker
				""").param("now", utc(now)).param("id", id).param("worker", worker).update();
	}

	/** Counts a failed attempt: due again at {@code retryAt}, or given up when null. */
	void failed(long id, String worker, String error, Instant retryAt) {
		String next = (retryAt != null) ? "status = 'PENDING', next_attempt_at = :retryAt"
				: "status = 'FAILED', next_attempt_at = next_attempt_at";
		JdbcClient.StatementSpec update = this.jdbc
			.sql("update notify_delivery set attempts = attempts + 1, "
					+ "last_error = :error, claimed_by = null, claimed_at = null, " + next
					+ " where id = :id and claimed_by = :worker")
			.param("error", (error.length() > 500) ? error.substring(0, 500) : error)
			.param("id", id)
			.param("worker", worker);
		if (retryAt != null) {
			update = update.param("retryAt", utc(retryAt));
		}
		update.update();
	}

	/** Failed and waiting deliveries first, then the latest sent ones. */
	List<Row> recent(int limit) {
		return this.jdbc.sql("""
				select id, event_type, channel, channel_id, status, attempts, next_attempt_at, created_at, sent_at,
				    last_error
				from notify_delivery
				order by case status when 'FAILED' then 0 when 'PENDING' then 1 else 2 end, created_at desc, id desc
				limit :limit
				""").param("limit", limit).query(Row.class).list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
