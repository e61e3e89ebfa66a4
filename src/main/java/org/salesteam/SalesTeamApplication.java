package org.salesteam;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * SalesTeam — 销售团队与大客户管理系统. Each top-level package below this one is a Spring Modulith
 * application module; {@code platform} holds the cross-cutting web, security, i18n and
 * audit parts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "SalesTeam", sharedModules = "platform")
public class SalesTeamApplication {

	public static void main(String[] args) {
		if (List.of(args).contains("generate")) {
			generate(args);
			return;
		}
		SpringApplication.run(SalesTeamApplication.class, args);
	}

	/**
	 * {@code generate --scale=…}: starts without demo data and on a free port, lets the
	 * scale module's generator fill the database during start-up, then exits.
	 */
	private static void generate(String[] args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--salesteam.demo.enabled=false");
		all.add("--server.port=0");
		ConfigurableApplicationContext context = SpringApplication.run(SalesTeamApplication.class,
				all.toArray(String[]::new));
		System.exit(SpringApplication.exit(context));
	}

}
