package org.salesteam.platform;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled jobs run once per cluster: every {@code @Scheduled} method of the application
 * takes a named ShedLock lock (and its bean is proxied so that the lock is taken), and
 * the database lock lets only one of two simultaneous runs work. Two real nodes:
 * {@link TwoNodesTests}.
 */
@IntegrationTest
class SchedulerLockTests {

	/**
	 * Jobs that run on every node on purpose and claim their rows one by one in the
	 * database instead of taking a cluster lock (the notification outbox, ADR 0027:
	 * NotifyRobotTests races two workers and a dead node's claim).
	 */
	private static final Set<String> CLAIMS_ITS_ROWS = Set.of("DeliveryWorker.run");

	@Autowired
	private ApplicationContext context;

	@Autowired
	private LockProvider locks;

	@Test
	void everyScheduledJobTakesAClusterLock() {
		List<String> jobs = new ArrayList<>();
		for (String name : this.context.getBeanDefinitionNames()) {
			Object bean = this.context.getBean(name);
			Class<?> type = AopUtils.getTargetClass(bean);
			if (!type.getName().startsWith("org.salesteam.")) {
				continue;
			}
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
				if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)
						&& !CLAIMS_ITS_ROWS.contains(type.getSimpleName() + "." + method.getName())) {
					assertThat(method.getAnnotation(SchedulerLock.class))
						.as(type.getSimpleName() + "." + method.getName())
						.isNotNull();
					assertThat(AopUtils.isAopProxy(bean)).as(name + " is proxied so that its lock is taken").isTrue();
					// ShedLock's method proxy throws on a method returning a primitive
					assertThat(method.getReturnType())
						.as(type.getSimpleName() + "." + method.getName() + " returns void")
						.isEqualTo(void.class);
					jobs.add(method.getAnnotation(SchedulerLock.class).name());
				}
			}
		}
		assertThat(jobs).containsExactlyInAnyOrder("customer.poolReturn", "activity.missedVisits",
				"io.importHousekeeping", "platform.expiredSessions", "platform.eventPublications",
				"notify.inboxCleanup", "notify.morningDigest", "notify.repsBehind", "service.breaches",
				"retention.dailyScores", "retention.autoSurveys", "motivation.announce", "evaluation.storeFlags",
				"motivation.achievements");
	}

	@Test
	void twoSimultaneousRunsOfOneJobWorkOnce() throws Exception {
		LockingTaskExecutor executor = new DefaultLockingTaskExecutor(this.locks);
		AtomicInteger worked = new AtomicInteger();
		CountDownLatch firstInside = new CountDownLatch(1);
		CountDownLatch secondTried = new CountDownLatch(1);
		LockConfiguration lock = new LockConfiguration(Instant.now(), "test.simultaneous", Duration.ofMinutes(1),
				Duration.ZERO);
		// node A works and holds the lock until node B has tried to run the same job
		Thread a = new Thread(() -> executor.executeWithLock((Runnable) () -> {
			worked.incrementAndGet();
			firstInside.countDown();
			await(secondTried);
		}, lock));
		a.start();
		assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
		Thread b = new Thread(() -> {
			executor.executeWithLock((Runnable) worked::incrementAndGet, lock);
			secondTried.countDown();
		});
		b.start();
		b.join(10_000);
		a.join(10_000);
		assertThat(worked).hasValue(1);
		// once released (lockAtLeastFor zero), the next run works again
		executor.executeWithLock((Runnable) worked::incrementAndGet,
				new LockConfiguration(Instant.now(), "test.simultaneous", Duration.ofMinutes(1), Duration.ZERO));
		assertThat(worked).hasValue(2);
	}

	@Test
	void aSecondNodeFiringMomentsLaterSkipsTheRunWhileTheLockIsKept() {
		LockingTaskExecutor executor = new DefaultLockingTaskExecutor(this.locks);
		AtomicInteger worked = new AtomicInteger();
		LockConfiguration nightly = new LockConfiguration(Instant.now(), "test.nightly", Duration.ofMinutes(10),
				Duration.ofMinutes(5));
		executor.executeWithLock((Runnable) worked::incrementAndGet, nightly);
		executor.executeWithLock((Runnable) worked::incrementAndGet,
				new LockConfiguration(Instant.now(), "test.nightly", Duration.ofMinutes(10), Duration.ofMinutes(5)));
		assertThat(worked).hasValue(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
