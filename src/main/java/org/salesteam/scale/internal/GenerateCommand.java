package org.salesteam.scale.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar salesteam.jar generate --scale=M [--seed=…] [--as-of=2026-11-28]}:
 * runs the generator before anything else at start-up (before the first-start admin and
 * the demo data, which then find the database filled); {@code SalesTeamApplication} exits
 * when the start-up is over. Without the {@code generate} argument it does nothing.
 */
@Component
@Order(1)
class GenerateCommand implements ApplicationRunner {

	static final String COMMAND = "generate";

	private final Generator generator;

	private final Clock clock;

	private final long seed;

	GenerateCommand(Generator generator, Clock clock, @Value("${salesteam.demo.seed:1}") long seed) {
		this.generator = generator;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.getNonOptionArgs().contains(COMMAND)) {
			return;
		}
		Scale scale = Scale.of(option(args, "scale", "S"));
		long seed = Long.parseLong(option(args, "seed", Long.toString(this.seed)));
		LocalDate today = LocalDate.parse(option(args, "as-of", LocalDate.now(this.clock).toString()));
		this.generator.generate(scale, seed, today);
	}

	private static String option(ApplicationArguments args, String name, String fallback) {
		List<String> values = args.getOptionValues(name);
		return (values == null || values.isEmpty()) ? fallback : values.get(0);
	}

}
