package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two first reads of the same closed period at once (ADR 0044): both compute the flags,
 * one stores them, the other's duplicate key is caught — neither fails, both answer with
 * the same flags and the time they were stored, and the store holds each flag once.
 */
@IntegrationTest
class StoredFlagsRaceTests {

	/** A closed calendar month no other test stores. */
	private static final KpiPeriod MONTH = new KpiPeriod(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));

	@Autowired
	StoredFlags stored;

	@Autowired
	Peers peers;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetTheMonth() {
		this.jdbc.sql("delete from stored_flag where period_from = :from").param("from", MONTH.from()).update();
		this.jdbc.sql("delete from flag_period where period_from = :from").param("from", MONTH.from()).update();
	}

	@Test
	void twoFirstReadsAtOnceStoreThePeriodOnce() throws Exception {
		List<Peers.Peer> reps = this.peers.of(ScoredRole.REP);
		String rep = reps.get(0).username();
		Map<String, List<ImbalanceFlags.Flag>> flags = Map.of(rep,
				List.of(new ImbalanceFlags.Flag("LOW_MARGIN", false, Map.of("value", new BigDecimal("0.1200")))));
		CyclicBarrier bothComputed = new CyclicBarrier(2);
		AtomicInteger computed = new AtomicInteger();
		Supplier<Map<String, List<ImbalanceFlags.Flag>>> compute = () -> {
			computed.incrementAndGet();
			await(bothComputed);
			return flags;
		};
		ExecutorService readers = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<StoredFlags.Result> first = CompletableFuture
				.supplyAsync(() -> this.stored.of(MONTH, reps, compute), readers);
			CompletableFuture<StoredFlags.Result> second = CompletableFuture
				.supplyAsync(() -> this.stored.of(MONTH, reps, compute), readers);
			StoredFlags.Result one = first.get(30, TimeUnit.SECONDS);
			StoredFlags.Result other = second.get(30, TimeUnit.SECONDS);

			assertThat(computed).as("both reads found nothing stored and computed").hasValue(2);
			assertThat(one.flags()).isEqualTo(flags);
			assertThat(other.flags()).isEqualTo(flags);
			assertThat(one.storedAt()).isPresent();
			assertThat(other.storedAt()).isPresent();
			assertThat(count("flag_period")).isEqualTo(1);
			assertThat(count("stored_flag")).as("each flag stored once").isEqualTo(1);
			// a third read takes the stored flags, with their evidence as computed
			StoredFlags.Result third = this.stored.of(MONTH, reps, () -> {
				throw new AssertionError("a stored period is not computed again");
			});
			assertThat(third.flags()).isEqualTo(flags);
		}
		finally {
			readers.shutdownNow();
		}
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where period_from = :from")
			.param("from", MONTH.from())
			.query(Long.class)
			.single();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
