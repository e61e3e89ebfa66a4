package org.salesteam.performance.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The figure cache reads a figure once per key, lets concurrent askers wait for the one
 * read, reads again under a new generation, and forgets a failed read.
 */
class FigureCacheTests {

	private static final KpiPeriod MAY = new KpiPeriod(LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 31));

	private final FigureCache cache = new FigureCache(1000, Duration.ofMinutes(5));

	@Test
	void concurrentAskersShareOneRead() throws Exception {
		AtomicInteger reads = new AtomicInteger();
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FigureCache.Key key = new FigureCache.Key("totals", "company", MAY, 7);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = pool.submit(() -> this.cache.get(key, () -> {
				reading.countDown();
				await(release);
				return reads.incrementAndGet() * 100;
			}));
			assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
			Future<Integer> second = pool.submit(() -> this.cache.get(key, () -> reads.incrementAndGet() * 100));
			Thread.sleep(100);
			release.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(100);
			assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(100);
			assertThat(reads).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aNewGenerationOrAnotherScopeReadsAgain() {
		AtomicInteger reads = new AtomicInteger();
		assertThat(this.cache.get(new FigureCache.Key("totals", "company", MAY, 1), reads::incrementAndGet))
			.isEqualTo(1);
		assertThat(this.cache.get(new FigureCache.Key("totals", "company", MAY, 1), reads::incrementAndGet))
			.isEqualTo(1);
		assertThat(this.cache.get(new FigureCache.Key("totals", "company", MAY, 2), reads::incrementAndGet))
			.isEqualTo(2);
		assertThat(this.cache.get(new FigureCache.Key("totals", "rep:4", MAY, 2), reads::incrementAndGet)).isEqualTo(3);
	}

	@Test
	void aFailedReadIsNotKept() {
		FigureCache.Key key = new FigureCache.Key("active", "company", MAY, 1);
		assertThatThrownBy(() -> this.cache.get(key, () -> {
			throw new IllegalStateException("database gone");
		})).hasMessage("database gone");
		assertThat(this.cache.get(key, () -> 42)).isEqualTo(42);
	}

	@Test
	void aZeroTimeKeepsNothing() {
		FigureCache none = new FigureCache(1000, Duration.ZERO);
		AtomicInteger reads = new AtomicInteger();
		FigureCache.Key key = new FigureCache.Key("assigned", "company", MAY, 1);
		assertThat(none.get(key, reads::incrementAndGet)).isEqualTo(1);
		assertThat(none.get(key, reads::incrementAndGet)).isEqualTo(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
