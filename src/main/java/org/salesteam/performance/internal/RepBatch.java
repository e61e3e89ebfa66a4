package org.salesteam.performance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The base figures of many rep scopes read together, for one comparison of every rep (a
 * scorecard, a leaderboard; ADR 0055): the first rep whose figure is missing from the
 * {@link FigureCache} reads that figure and period for every rep of the batch with one
 * grouped query, in chunks of {@value #CHUNK} reps; the other reps' misses are answered
 * from here. A rep without a row gets the figure's empty value (no orders, no visits).
 * The batch lives as long as the one {@code computeEach} call that made it, so it never
 * outlives a rollup generation by more than that call; not shared between threads.
 */
final class RepBatch {

	/** Reps per grouped query: well below every driver's limit of bound parameters. */
	static final int CHUNK = 1000;

	private final List<Long> repIds;

	private final Map<String, Map<Long, ?>> read = new HashMap<>();

	private RepBatch(List<Long> repIds) {
		this.repIds = repIds;
	}

	/** A batch of the rep scopes among these, or null when fewer than two. */
	static RepBatch of(List<ScopeFilter> filters) {
		LinkedHashSet<Long> reps = new LinkedHashSet<>();
		for (ScopeFilter filter : filters) {
			if (filter.scope().kind() == KpiScope.Kind.REP) {
				reps.add(filter.ownerId());
			}
		}
		return (reps.size() < 2) ? null : new RepBatch(List.copyOf(reps));
	}

	/**
	 * The rep's figure, reading it for the whole batch on the first ask of this figure
	 * and period.
	 * @param figure the figure's name (the cache's)
	 * @param readAll the grouped query: rep ids → the figure of each rep that has rows
	 * @param empty the figure of a rep without rows
	 */
	@SuppressWarnings("unchecked")
	<T> T figure(String figure, KpiPeriod period, long repId, Function<List<Long>, Map<Long, T>> readAll, T empty) {
		Map<Long, T> all = (Map<Long, T>) this.read.computeIfAbsent(figure + "@" + period.from() + "/" + period.to(),
				(key) -> readChunked(readAll));
		return all.getOrDefault(repId, empty);
	}

	/** A figure read from a row of a grouped query, its columns from {@code first} on. */
	@FunctionalInterface
	interface RowReader<T> {

		T read(ResultSet rs, int first) throws SQLException;

	}

	/**
	 * Runs a grouped query whose first column is the rep's id and whose figure follows,
	 * binding {@code :reps}, {@code :from} and {@code :to}: the figure of each rep that
	 * has a row.
	 */
	static <T> Map<Long, T> perRep(JdbcClient.StatementSpec query, List<Long> repIds, KpiPeriod period,
			RowReader<T> figure) {
		Map<Long, T> byRep = new HashMap<>();
		query.param("reps", repIds).param("from", period.from()).param("to", period.to()).query((rs) -> {
			byRep.put(rs.getLong(1), figure.read(rs, 2));
		});
		return byRep;
	}

	private <T> Map<Long, T> readChunked(Function<List<Long>, Map<Long, T>> readAll) {
		Map<Long, T> all = new HashMap<>();
		for (int start = 0; start < this.repIds.size(); start += CHUNK) {
			all.putAll(readAll
				.apply(new ArrayList<>(this.repIds.subList(start, Math.min(start + CHUNK, this.repIds.size())))));
		}
		return all;
	}

}
