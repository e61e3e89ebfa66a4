package org.salesteam.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox on every node: each worker claims rows in the database
 * ({@link Outbox#claim}), so two nodes never send the same row, and no cluster lock is
 * needed. A failed attempt is retried after {@code backoff × 2^(attempts-1)} (capped at
 * {@code max-backoff}); after {@code max-attempts} the row is given up ({@code FAILED})
 * and listed for the admins. A node that dies holding a claim releases it when the lease
 * runs out; the row may then be sent a second time only if the node died after the robot
 * had accepted it and before the row was marked — the unavoidable window of any outbox.
 */
@Component
public class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final int BATCH = 20;

	private final Outbox outbox;

	private final NotifyChannelRepository channels;

	private final ChannelSender sender;

	private final MailDigests mail;

	private final Clock clock;

	private final String name = "worker-" + UUID.randomUUID();

	private final int maxAttempts;

	private final Duration backoff;

	private final Duration maxBackoff;

	private final Duration lease;

	DeliveryWorker(Outbox outbox, NotifyChannelRepository channels, ChannelSender sender, MailDigests mail, Clock clock,
			@Value("${salesteam.notify.max-attempts:8}") int maxAttempts,
			@Value("${salesteam.notify.backoff:PT30S}") Duration backoff,
			@Value("${salesteam.notify.max-backoff:PT1H}") Duration maxBackoff,
			@Value("${salesteam.notify.lease:PT2M}") Duration lease) {
		this.outbox = outbox;
		this.channels = channels;
		this.sender = sender;
		this.mail = mail;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.backoff = backoff;
		this.maxBackoff = maxBackoff;
		this.lease = lease;
	}

	@Scheduled(cron = "${salesteam.notify.delivery-cron:*/5 * * * * *}")
	public void run() {
		deliverDue(this.name);
	}

	/**
	 * Claims and sends what is due, as the worker {@code worker} (a node); returns how
	 * many it sent.
	 */
	public int deliverDue(String worker) {
		int sent = 0;
		for (Long id : this.outbox.due(this.clock.instant(), this.lease, BATCH)) {
			if (this.outbox.claim(id, worker, this.clock.instant(), this.lease)) {
				sent += deliver(id, worker) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean deliver(long id, String worker) {
		Outbox.Due due = this.outbox.load(id).orElseThrow();
		if (MailReaders.EMAIL.equals(due.channel())) {
			return deliverMail(due, worker);
		}
		NotifyChannel channel = (due.channelId() == null) ? null
				: this.channels.findById(due.channelId()).filter(NotifyChannel::isActive).orElse(null);
		if (channel == null) {
			this.outbox.failed(id, worker, "channel removed", null);
			return false;
		}
		try {
			this.sender.send(channel, due.eventType(), due.eventKey(),
					new StoredText(due.messageKey(), due.messageArgs()), due.link());
			this.outbox.sent(id, worker, this.clock.instant());
			return true;
		}
		catch (RuntimeException ex) {
			failed(List.of(due), worker, ex);
			return false;
		}
	}

	/** One mail for this e-mail and the recipient's others waiting (the digest). */
	private boolean deliverMail(Outbox.Due due, String worker) {
		List<Outbox.Due> digest = this.outbox.claimDigest(due.target(), worker, this.clock.instant(), this.lease);
		try {
			this.mail.send(Long.parseLong(due.target().substring("user:".length())), digest);
			digest.forEach((d) -> this.outbox.sent(d.id(), worker, this.clock.instant()));
			return true;
		}
		catch (RuntimeException ex) {
			failed(digest, worker, ex);
			return false;
		}
	}

	private void failed(List<Outbox.Due> deliveries, String worker, RuntimeException ex) {
		for (Outbox.Due due : deliveries) {
			int attempts = due.attempts() + 1;
			Instant retryAt = (attempts >= this.maxAttempts) ? null : this.clock.instant().plus(delay(attempts));
			log.warn("notification delivery {} ({} {}) failed (attempt {}): {}", due.id(), due.channel(), due.target(),
					attempts, ex.getMessage());
			this.outbox.failed(due.id(), worker, String.valueOf(ex.getMessage()), retryAt);
		}
	}

	Duration delay(int attempts) {
		Duration delay = this.backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
		return (delay.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : delay;
	}

}
