package org.salesteam.team.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.salesteam.platform.SecurityProperties;

import org.springframework.stereotype.Component;

/**
 * Throttles token requests per client address: at most {@code token-requests-per-minute}
 * in any sliding minute. In-memory and per node, which is enough to stop password
 * guessing through the API; the account lock-out does the rest.
 */
@Component
public class TokenThrottle {

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final int perMinute;

	private final Clock clock;

	TokenThrottle(SecurityProperties properties, Clock clock) {
		this.perMinute = properties.tokenRequestsPerMinute();
		this.clock = clock;
	}

	/**
	 * Records an attempt from {@code client}; false when the client is over its limit.
	 */
	public boolean tryAcquire(String client) {
		Instant now = this.clock.instant();
		Instant windowStart = now.minusSeconds(60);
		Deque<Instant> recent = this.attempts.computeIfAbsent(client, (key) -> new ArrayDeque<>());
		synchronized (recent) {
			while (!recent.isEmpty() && recent.peekFirst().isBefore(windowStart)) {
				recent.pollFirst();
			}
			if (recent.size() >= this.perMinute) {
				return false;
			}
			recent.addLast(now);
			return true;
		}
	}

}
