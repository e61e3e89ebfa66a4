package org.salesteam.platform.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * Several nodes against one database: every {@code @Scheduled} job also carries
 * {@code @SchedulerLock}, and a run starts only on the node that takes the job's row in
 * the {@code shedlock} table (times from the database clock). A node that finds the row
 * taken skips that run. A lock outlives a crashed node by at most its
 * {@code lockAtMostFor}. Browser sessions live in the database (Spring Session JDBC), see
 * {@link ExpiredSessionCleanup}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource, @Value("${salesteam.cluster.node-name:}") String nodeName) {
		JdbcTemplateLockProvider.Configuration.Builder configuration = JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime();
		if (StringUtils.hasText(nodeName)) {
			configuration.withLockedByValue(nodeName);
		}
		return new JdbcTemplateLockProvider(configuration.build());
	}

}
