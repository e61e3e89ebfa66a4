package org.salesteam.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One injected {@link Clock} in the configured business time zone (default
 * Asia/Shanghai), so every date rule is testable.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${salesteam.time-zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
