package org.salesteam.retention.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.RetentionState;

import org.salesteam.team.Visibility;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The defection clock and the at-risk score of the customers a user sees, as of a date,
 * computed on read from the orders (ADR 0029): the most at risk first, then the most
 * overdue (days since the last order ÷ typical interval), then by code.
 */
@Service
public class RetentionReadings {

	/** One page of readings and the number of all that matched. */
	public record Page(List<CustomerRetention> items, long total) {
	}

	private static final Comparator<CustomerRetention> MOST_AT_RISK = Comparator
		.comparing((CustomerRetention r) -> (r.risk() != null) ? r.risk() : -1)
		.reversed()
		.thenComparing(Comparator.comparingDouble((CustomerRetention r) -> r.clock().overdueRatio()).reversed())
		.thenComparing(CustomerRetention::customerCode);

	private final RetentionAccess access;

	private final RetentionFacts facts;

	private final RetentionSettings settings;

	private final StoredScores stored;

	RetentionReadings(RetentionAccess access, RetentionFacts facts, RetentionSettings settings, StoredScores stored) {
		this.access = access;
		this.facts = facts;
		this.settings = settings;
		this.stored = stored;
	}

	/**
	 * The readings of the customers in the user's visibility and the scope, in the given
	 * states (all when empty), one page ({@code page} from 0).
	 */
	@Transactional(readOnly = true)
	public Page list(UserPrincipal user, LocalDate asOf, String scope, Set<RetentionState> states, int page, int size) {
		List<CustomerRetention> all = read(this.access.customers(user, scope), asOf, true).stream()
			.filter((r) -> states.isEmpty() || states.contains(r.state()))
			.sorted(MOST_AT_RISK)
			.toList();
		int from = Math.min(all.size(), page * size);
		return new Page(all.subList(from, Math.min(all.size(), from + size)), all.size());
	}

	/** One customer's reading; 404 when the user may not read the customer. */
	@Transactional(readOnly = true)
	public CustomerRetention one(UserPrincipal user, long customerId, LocalDate asOf) {
		this.access.requireReadable(user, customerId);
		return read(this.access.customer(user, customerId), asOf, true).get(0);
	}

	/**
	 * The readings as of {@code asOf} of the customers in the user's visibility and
	 * scope, unsorted (the backtest's month ends).
	 */
	List<CustomerRetention> all(UserPrincipal user, String scope, LocalDate asOf) {
		return read(this.access.customers(user, scope), asOf, false);
	}

	/**
	 * The readings as of {@code asOf} of every customer of the company, unsorted and
	 * without trend (the nightly stored scores: work no request asked for).
	 */
	List<CustomerRetention> everyone(LocalDate asOf) {
		return read(this.access.everyone(), asOf, false);
	}

	private List<CustomerRetention> read(Visibility.Where condition, LocalDate asOf, boolean withTrend) {
		Map<Long, List<LocalDate>> days = this.facts.orderDays(condition, asOf);
		Map<Long, LocalDate> last = this.facts.lastOrders(condition, asOf);
		Map<Long, Set<RiskReason>> signals = this.facts.signals(condition, asOf);
		Map<Long, CustomerRetention.Previous> previous = withTrend ? this.stored.previous(condition, asOf) : Map.of();
		return this.facts.customers(condition).stream().map((c) -> {
			DefectionClock.Reading clock = DefectionClock.read(asOf, days.getOrDefault(c.id(), List.of()),
					last.get(c.id()), this.settings.classDefault(c.customerClass()), c.lostBy(asOf));
			if (clock.state() == RetentionState.PROSPECT || clock.state() == RetentionState.LOST) {
				return new CustomerRetention(c.id(), c.code(), c.name(), c.customerClass(), c.ownerId(), c.ownerName(),
						clock, null, null, null, List.of(), null);
			}
			RiskScore.Score score = RiskScore.of(clock.state(), signals.getOrDefault(c.id(), Set.of()), this.settings);
			return new CustomerRetention(c.id(), c.code(), c.name(), c.customerClass(), c.ownerId(), c.ownerName(),
					clock, score.risk(), score.band(), score.health(), score.reasons(), previous.get(c.id()));
		}).toList();
	}

}
