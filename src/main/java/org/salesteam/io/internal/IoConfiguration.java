package org.salesteam.io.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The import executor: {@code salesteam.import.workers} threads (one by default — imports
 * are heavy and the database is shared) and a bounded queue, so a burst of uploads cannot
 * exhaust memory or threads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class IoConfiguration {

	@Bean(name = "importExecutor", destroyMethod = "shutdown")
	ThreadPoolTaskExecutor importExecutor(ImportProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.workers());
		executor.setMaxPoolSize(properties.workers());
		executor.setQueueCapacity(properties.queueCapacity());
		executor.setThreadNamePrefix("import-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
		return executor;
	}

}
