package org.salesteam.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.salesteam.notify.Notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records a {@link Notice} in the transaction that published it (ADR 0027): one inbox row
 * per recipient and one outbox row per active channel subscribed to its type (the team's
 * channels and the company-wide ones). Synchronous on purpose: the change and its
 * notifications commit together or not at all, and a crash after the commit loses nothing
 * — the worker finds the outbox rows. A key recorded before is skipped, so the same
 * occurrence never yields a second row (unique keys are the safety net).
 */
@Component
class NoticeRecorder {

	private final JdbcClient jdbc;

	private final NotifyChannelRepository channels;

	private final Clock clock;

	private final MailReaders readers;

	private final MailDigests mail;

	private final Duration digestWindow;

	private final NoticeCatalogue catalogue;

	NoticeRecorder(JdbcClient jdbc, NotifyChannelRepository channels, Clock clock, MailReaders readers,
			MailDigests mail, @Value("${salesteam.notify.mail-digest-window:PT5M}") Duration digestWindow,
			NoticeCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
		this.readers = readers;
		this.mail = mail;
		this.digestWindow = digestWindow;
		this.channels = channels;
	}

	@EventListener
	void on(Notice notice) {
		String args = StoredText.join(notice.args());
		for (Long recipient : notice.recipients().stream().distinct().toList()) {
			inbox(notice, recipient, args);
			if (this.mail.enabled() && this.readers.wants(recipient, notice.type()).isPresent()) {
				// e-mails wait for the digest window: what else arrives by then goes in
				// the same mail
				outbox(notice, MailReaders.EMAIL, "user:" + recipient, null, args, at(notice).plus(this.digestWindow));
			}
		}
		for (NotifyChannel channel : subscribed(notice)) {
			outbox(notice, channel.getKind().name(), "channel:" + channel.getId(), channel.getId(), args, at(notice));
		}
	}

	/** The active channels subscribed to the type; none for a personal type. */
	private List<NotifyChannel> subscribed(Notice notice) {
		if (this.catalogue.personal(notice.type())) {
			return List.of();
		}
		return this.channels.findByActiveTrueOrderById()
			.stream()
			.filter((c) -> c.getEvents().contains(notice.type()))
			.filter((c) -> c.getTeamId() == null || c.getTeamId().equals(notice.teamId()))
			.toList();
	}

	private void inbox(Notice notice, long recipient, String args) {
		this.jdbc.sql("""
				insert into notification (id, event_key, event_type, recipient_id, message_key, message_args, link,
				    created_at)
				select nextval('app_seq'), :key, :type, :recipient, :message, :args, :link, :at
				where not exists (select 1 from notification where event_key = :key and recipient_id = :recipient)
				""")
			.param("key", notice.key())
			.param("type", notice.type())
			.param("recipient", recipient)
			.param("message", notice.messageKey())
			.param("args", args)
			.param("link", notice.link())
			.param("at", at(notice))
			.update();
	}

	private void outbox(Notice notice, String channel, String target, Long channelId, String args, OffsetDateTime due) {
		this.jdbc.sql("""
				insert into notify_delivery (id, event_key, event_type, channel, target, channel_id, message_key,
				    message_args, link, status, attempts, next_attempt_at, created_at)
				select nextval('app_seq'), :key, :type, :channel, :target, :channelId, :message, :args, :link,
				    'PENDING', 0, :due, :at
				where not exists (select 1 from notify_delivery
				    where event_key = :key and channel = :channel and target = :target)
				""")
			.param("key", notice.key())
			.param("type", notice.type())
			.param("channel", channel)
			.param("target", target)
			.param("channelId", channelId, java.sql.Types.BIGINT)
			.param("message", notice.messageKey())
			.param("args", args)
			.param("link", notice.link())
			.param("due", due)
			.param("at", at(notice))
			.update();
	}

	private OffsetDateTime at(Notice notice) {
		return OffsetDateTime.ofInstant((notice.at() != null) ? notice.at() : this.clock.instant(), ZoneOffset.UTC);
	}

}
