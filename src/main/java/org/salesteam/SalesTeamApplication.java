package org.salesteam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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
		SpringApplication.run(SalesTeamApplication.class, args);
	}

}
