package org.salesteam.notify;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.salesteam.SalesTeamApplication;
import org.salesteam.notify.internal.ChannelAdmin;
import org.salesteam.notify.internal.ChannelKind;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing is lost when the application stops between the commit and the delivery (ADR
 * 0027): a notice recorded by one run of the application whose worker never ran is
 * delivered by the next run against the same PostgreSQL database — once. Runs in the
 * PostgreSQL pass only (H2 in memory does not outlive its application).
 */
@Tag("db")
@EnabledIfSystemProperty(named = "salesteam.test.db", matches = "postgres")
class RestartDeliveryTests {

	private RobotServer robots;

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.robots != null) {
			this.robots.close();
		}
	}

	@Test
	void aNoticeRecordedButNotDeliveredBeforeTheAppStoppedIsDeliveredAfterTheRestart() throws Exception {
		this.robots = new RobotServer(0);
		// first run: the worker is off, as if the application stopped right after the
		// commit
		this.app = start("-");
		this.app.getBean(ChannelAdmin.class)
			.create(new ChannelAdmin.NewChannel(ChannelKind.WEBHOOK, "restart", this.robots.url("/restart"), null, null,
					List.of("VISIT_PLAN_SUBMITTED"), List.of(), "zh-CN", null));
		ConfigurableApplicationContext first = this.app;
		first.getBean(TransactionTemplate.class)
			.executeWithoutResult((tx) -> first.publishEvent(new Notice("VISIT_PLAN_SUBMITTED:restart",
					"VISIT_PLAN_SUBMITTED", null, List.of(), "notify.text.test", List.of(), "/notifications", null)));
		assertThat(status(first)).isEqualTo("PENDING");
		first.close();
		this.app = null;
		assertThat(this.robots.to("/restart")).isEmpty();

		// second run on the same database, its worker on: the row is found and sent once
		this.app = start("*/1 * * * * *");
		ConfigurableApplicationContext second = this.app;
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(second)).isEqualTo("SENT"));
		Thread.sleep(2000);
		assertThat(this.robots.to("/restart")).hasSize(1);
		assertThat(this.robots.to("/restart").get(0).body()).contains("VISIT_PLAN_SUBMITTED:restart");
	}

	private static ConfigurableApplicationContext start(String deliveryCron) {
		return new SpringApplicationBuilder(SalesTeamApplication.class).profiles("test")
			.run("--server.port=0", "--salesteam.test.shared-database=notify_restart", "--spring.jmx.enabled=false",
					"--salesteam.notify.allow-private-hosts=true", "--salesteam.notify.delivery-cron=" + deliveryCron);
	}

	private static String status(ConfigurableApplicationContext app) {
		return JdbcClient.create(app.getBean(javax.sql.DataSource.class))
			.sql("select status from notify_delivery where event_key = 'VISIT_PLAN_SUBMITTED:restart'")
			.query(String.class)
			.single();
	}

}
