package org.salesteam.platform.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesteam.overload.*}: how many requests one node works on at once, how long a
 * request over that waits for a free place before it is refused with 503, and the
 * {@code Retry-After} it is told.
 */
@ConfigurationProperties("salesteam.overload")
record OverloadProperties(int maxConcurrent, Duration maxWait, Duration retryAfter) {

	OverloadProperties {
		maxConcurrent = (maxConcurrent <= 0) ? 16 : maxConcurrent;
		maxWait = (maxWait == null) ? Duration.ofMillis(100) : maxWait;
		retryAfter = (retryAfter == null) ? Duration.ofSeconds(1) : retryAfter;
	}

}
