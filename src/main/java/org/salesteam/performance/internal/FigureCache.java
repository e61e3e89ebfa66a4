package org.salesteam.performance.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.salesteam.performance.KpiPeriod;

/**
 * KPI base figures kept in memory by rollup generation ({@link RollupVersion}): a figure
 * is read from the database once per figure, scope, period and generation, and a new
 * generation makes every older entry unreachable. When several requests want the same
 * missing figure at once, the first reads it and the others wait for its result instead
 * of reading it again. Entries are bounded by weight (a customer list weighs one per
 * customer, any other figure one) and dropped a fixed time after they were read (a zero
 * time keeps nothing).
 */
final class FigureCache {

	/** A figure that takes more room than a handful of numbers. */
	interface Weighed {

		int weight();

	}

	/**
	 * @param figure what is read (e.g. "totals")
	 * @param scope the resolved scope's fingerprint ({@link ScopeResolver#fingerprint})
	 * @param period the period
	 * @param version the rollup generation read before the figure
	 */
	record Key(String figure, String scope, KpiPeriod period, long version) {
	}

	private final AsyncCache<Key, Object> cache;

	FigureCache(long maxWeight, Duration ttl) {
		this.cache = Caffeine.newBuilder()
			.maximumWeight(maxWeight)
			.weigher((Key key, Object value) -> (value instanceof Weighed weighed) ? Math.max(1, weighed.weight()) : 1)
			.expireAfterWrite(ttl)
			.buildAsync();
	}

	/** Whether the figure is kept, or being read by another request. */
	boolean has(Key key) {
		return this.cache.asMap().containsKey(key);
	}

	@SuppressWarnings("unchecked")
	<T> T get(Key key, Supplier<T> read) {
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> existing = this.cache.asMap().putIfAbsent(key, mine);
		if (existing != null) {
			return (T) await(existing);
		}
		try {
			T value = read.get();
			mine.complete(value);
			return value;
		}
		catch (RuntimeException | Error ex) {
			// a failed future leaves the cache by itself: the next request reads again
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	private static Object await(CompletableFuture<Object> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
