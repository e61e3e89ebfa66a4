package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

import org.salesteam.performance.KpiPeriod;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imbalance flags of closed calendar periods (a month, quarter or year whose last day
 * is before today), stored once for every rated rep together with the evidence that
 * raised them: values, percentiles, peer medians, thresholds and links (ADR 0044). The
 * first read of such a period (or the nightly {@link StoredFlagsJob}) computes and stores
 * them; later reads take them from the store, so a threshold change or late data never
 * rewrites a closed period's flags. Open periods, and closed ranges that are not a
 * calendar period (which any caller could vary without end), are computed on every read
 * and not stored.
 * <p>
 * The store is written in a transaction of its own (the scorecard is read in a read-only
 * one); two first reads at once both compute, one stores, the other's duplicate key is
 * ignored.
 */
@Component
class StoredFlags {

	/** The flags of a period by username, and when they were stored (empty: live). */
	record Result(Map<String, List<ImbalanceFlags.Flag>> flags, Optional<Instant> storedAt) {
	}

	private record Row(long userId, String code, boolean positive, String evidence) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ObjectMapper json;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	StoredFlags(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json, PlatformTransactionManager transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Whether a period's flags are stored: a calendar period that has ended. */
	boolean kept(KpiPeriod period) {
		return period.to().isBefore(LocalDate.now(this.clock)) && calendar(period);
	}

	static boolean calendar(KpiPeriod period) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		boolean month = from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()));
		boolean quarter = from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0
				&& to.equals(from.plusMonths(3).minusDays(1));
		boolean year = from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
		return month || quarter || year;
	}

	/**
	 * The period's flags: stored ones if the period is kept and stored, else computed
	 * (and stored when the period is kept).
	 */
	Result of(KpiPeriod period, List<Peers.Peer> peers, Supplier<Map<String, List<ImbalanceFlags.Flag>>> compute) {
		if (!kept(period)) {
			return new Result(compute.get(), Optional.empty());
		}
		Optional<Instant> storedAt = storedAt(period);
		if (storedAt.isPresent()) {
			return new Result(read(period, peers), storedAt);
		}
		Map<String, List<ImbalanceFlags.Flag>> computed = compute.get();
		Instant now = this.clock.instant();
		try {
			this.ownTransaction.executeWithoutResult((status) -> store(period, peers, computed, now));
		}
		catch (DataIntegrityViolationException storedMeanwhile) {
			// another read stored the same period first: its flags came from the same
			// data
			return new Result(computed, storedAt(period));
		}
		return new Result(computed, Optional.of(now));
	}

	private Optional<Instant> storedAt(KpiPeriod period) {
		return this.jdbc.sql("select stored_at from flag_period where period_from = :from and period_to = :to")
			.param("from", period.from())
			.param("to", period.to())
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	private Map<String, List<ImbalanceFlags.Flag>> read(KpiPeriod period, List<Peers.Peer> peers) {
		Map<Long, String> names = new HashMap<>();
		peers.forEach((peer) -> names.put(peer.id(), peer.username()));
		Map<String, List<ImbalanceFlags.Flag>> flags = new HashMap<>();
		this.jdbc.sql("""
				select user_id, code, positive, evidence from stored_flag
				where period_from = :from and period_to = :to order by user_id, flag_no""")
			.param("from", period.from())
			.param("to", period.to())
			.query(Row.class)
			.list()
			.forEach((row) -> {
				String username = names.get(row.userId());
				if (username != null) {
					flags.computeIfAbsent(username, (name) -> new ArrayList<>())
						.add(new ImbalanceFlags.Flag(row.code(), row.positive(), evidence(row.evidence())));
				}
			});
		return flags;
	}

	private void store(KpiPeriod period, List<Peers.Peer> peers, Map<String, List<ImbalanceFlags.Flag>> flags,
			Instant now) {
		this.jdbc.sql("insert into flag_period (period_from, period_to, stored_at) values (:from, :to, :at)")
			.param("from", period.from())
			.param("to", period.to())
			.param("at", OffsetDateTime.ofInstant(now, this.clock.getZone()))
			.update();
		List<Object[]> rows = new ArrayList<>();
		for (Peers.Peer peer : peers) {
			List<ImbalanceFlags.Flag> own = flags.getOrDefault(peer.username(), List.of());
			for (int flagNo = 0; flagNo < own.size(); flagNo++) {
				ImbalanceFlags.Flag flag = own.get(flagNo);
				rows.add(new Object[] { period.from(), period.to(), peer.id(), flag.code(), flagNo, flag.positive(),
						this.json.writeValueAsString(flag.evidence()) });
			}
		}
		// one batch: at scale L a closed year has a few thousand flags
		this.batch.batchUpdate("""
				insert into stored_flag (period_from, period_to, user_id, code, flag_no, positive, evidence)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** The evidence as it was computed: every number a BigDecimal with its scale. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> evidence(String text) {
		Map<String, Object> read = this.json.readerFor(Map.class)
			.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.readValue(text);
		return (Map<String, Object>) decimals(read);
	}

	private static Object decimals(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, inner) -> copy.put((String) key, decimals(inner)));
			return copy;
		}
		if (value instanceof Number number && !(value instanceof BigDecimal)) {
			return new BigDecimal(number.toString());
		}
		return value;
	}

}
