package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.RetentionState;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the at-risk score proves itself, over the user's customers:
 * <ul>
 * <li>precision — of the customers rated HIGH at a month end, the share lost or suggested
 * dormant six months later; over the month ends of the last year whose six months have
 * passed;</li>
 * <li>recall — of the customers lost in the last twelve months, the share rated HIGH at
 * the last month end at least 60 days before the loss.</li>
 * </ul>
 * Each month end is one set-based reading of every customer (cached for the call), so the
 * cost grows with the number of month ends, not of customers.
 */
@Service
public class RiskBacktest {

	/** The figures; a share is null when nothing was counted. */
	public record Result(LocalDate asOf, long ratedHigh, long highThatLeft, Double precision, long lost,
			long lostRatedHighBefore, Double recall) {
	}

	private record Loss(long customerId, LocalDate lostOn) {
	}

	private static final int MONTHS = 12;

	private static final int HORIZON_MONTHS = 6;

	private static final int RECALL_LEAD_DAYS = 60;

	private final RetentionReadings readings;

	private final RetentionAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	RiskBacktest(RetentionReadings readings, RetentionAccess access, JdbcClient jdbc, Clock clock) {
		this.readings = readings;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Result run(UserPrincipal user, String scope) {
		LocalDate today = LocalDate.now(this.clock);
		Map<LocalDate, Map<Long, CustomerRetention>> cache = new HashMap<>();
		long high = 0;
		long left = 0;
		YearMonth last = YearMonth.from(today.minusMonths(HORIZON_MONTHS)).minusMonths(1);
		for (int i = 0; i < MONTHS; i++) {
			LocalDate monthEnd = last.minusMonths(i).atEndOfMonth();
			Set<Long> rated = read(cache, user, scope, monthEnd).values()
				.stream()
				.filter((r) -> "HIGH".equals(r.band()))
				.map(CustomerRetention::customerId)
				.collect(Collectors.toSet());
			Map<Long, CustomerRetention> later = read(cache, user, scope, monthEnd.plusMonths(HORIZON_MONTHS));
			high += rated.size();
			left += rated.stream().filter((id) -> gone(later.get(id))).count();
		}
		List<Loss> losses = lostInTheLastYear(user, scope, today);
		long caught = 0;
		for (Loss loss : losses) {
			LocalDate before = YearMonth.from(loss.lostOn().minusDays(RECALL_LEAD_DAYS)).minusMonths(1).atEndOfMonth();
			CustomerRetention then = read(cache, user, scope, before).get(loss.customerId());
			caught += (then != null && "HIGH".equals(then.band())) ? 1 : 0;
		}
		return new Result(today, high, left, share(left, high), losses.size(), caught, share(caught, losses.size()));
	}

	private Map<Long, CustomerRetention> read(Map<LocalDate, Map<Long, CustomerRetention>> cache, UserPrincipal user,
			String scope, LocalDate asOf) {
		return cache.computeIfAbsent(asOf,
				(date) -> this.readings.all(user, scope, date)
					.stream()
					.collect(Collectors.toMap(CustomerRetention::customerId, (r) -> r)));
	}

	private static boolean gone(CustomerRetention later) {
		return later != null
				&& (later.state() == RetentionState.LOST || later.state() == RetentionState.DORMANT_SUGGESTED);
	}

	private List<Loss> lostInTheLastYear(UserPrincipal user, String scope, LocalDate today) {
		Visibility.Where where = this.access.customers(user, scope);
		return where.bind(this.jdbc.sql("""
				select l.customer_id, l.lost_on from retention_lost_customer l join customer c on c.id = l.customer_id
				where l.lost_on > :from and l.lost_on <= :to and\s""" + where.sql()))
			.param("from", today.minusMonths(MONTHS))
			.param("to", today)
			.query((rs, row) -> new Loss(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list();
	}

	private static Double share(long part, long whole) {
		return (whole == 0) ? null : (double) part / whole;
	}

}
