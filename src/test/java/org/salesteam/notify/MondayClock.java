package org.salesteam.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Business time fixed at Monday 4 March 2030, 07:30 in Shanghai: the scheduled notices'
 * tests share this one context.
 */
@TestConfiguration
class MondayClock {

	static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

	@Bean
	@Primary
	Clock fixedClock() {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(MONDAY.atTime(7, 30).atZone(zone).toInstant(), zone);
	}

}
