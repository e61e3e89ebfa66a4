package org.salesteam.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesteam.security.*}: login lock-out and API token lifetime.
 */
@ConfigurationProperties("salesteam.security")
public record SecurityProperties(int maxFailedLogins, Duration lockoutDuration, Duration apiTokenValidity,
		int tokenRequestsPerMinute) {

	public SecurityProperties {
		maxFailedLogins = (maxFailedLogins <= 0) ? 5 : maxFailedLogins;
		lockoutDuration = (lockoutDuration == null) ? Duration.ofMinutes(15) : lockoutDuration;
		apiTokenValidity = (apiTokenValidity == null) ? Duration.ofDays(30) : apiTokenValidity;
		tokenRequestsPerMinute = (tokenRequestsPerMinute <= 0) ? 10 : tokenRequestsPerMinute;
	}

}
