package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.RetentionState;

import org.salesteam.team.Visibility;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The defection clock and the at-risk score of the customers a user sees, as of a date
 * (ADR 0029): the most at risk first, then the most overdue (days since the last order ÷
 * typical interval), then by code. The list as of today is filtered, sorted and paged in
 * SQL from today's stored scores, and only its page is computed from the orders (ADR
 * 0040); customers without a current row today (new, or changed since) are computed and
 * stored first, the whole company when nothing is stored today yet (ADR 0049). A list as
 * of another day, one customer's card and the backtest are computed on read.
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

	private final StoredList storedList;

	private final Clock clock;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	RetentionReadings(RetentionAccess access, RetentionFacts facts, RetentionSettings settings, StoredScores stored,
			StoredList storedList, Clock clock, PlatformTransactionManager transactions) {
		this.access = access;
		this.facts = facts;
		this.settings = settings;
		this.stored = stored;
		this.storedList = storedList;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

	/**
	 * The readings of the customers in the user's visibility and the scope, in the given
	 * states (all when empty), one page ({@code page} from 0).
	 */
	public Page list(UserPrincipal user, LocalDate asOf, String scope, Set<RetentionState> states, int page, int size) {
		Visibility.Where visible = this.access.customers(user, scope);
		if (!asOf.equals(LocalDate.now(this.clock))) {
			return this.reading.execute((status) -> computed(visible, asOf, states, page, size));
		}
		storeMissing(visible, asOf);
		return this.reading.execute((status) -> {
			StoredList.Ids found = this.storedList.page(visible, asOf, states, page, size);
			if (found.ids().isEmpty()) {
				return new Page(List.of(), found.total());
			}
			Map<Long, CustomerRetention> rows = read(
					StoredScores.narrowed(visible, "c.id in (:pageIds)", "pageIds", found.ids()), asOf, true)
				.stream()
				.collect(Collectors.toMap(CustomerRetention::customerId, Function.identity()));
			return new Page(found.ids().stream().map(rows::get).toList(), found.total());
		});
	}

	/**
	 * Stores today's rows of the customers whose row is stale or missing — of every
	 * customer when nothing is stored today yet, so that a day is whole for the trend.
	 * Finding them reads indexes, not the day (ADR 0049). A few (one order's customer, a
	 * small import) are refreshed for the whole company, so the next lists skip this;
	 * many only where the user looks, the rest by the next lists or the nightly store.
	 * Two requests doing so at the same moment: the second one's rows collide with the
	 * first's, which are the same, and it goes on with those.
	 */
	private void storeMissing(Visibility.Where visible, LocalDate today) {
		try {
			this.writing.executeWithoutResult((status) -> {
				Long highest = this.stored.highestStored(today);
				if (highest == null) {
					this.stored.replace(today, everyone(today));
					return;
				}
				List<Long> outdated = this.stored.outdated(today, highest, StoredScores.BATCH + 1);
				if (outdated.isEmpty()) {
					return;
				}
				Visibility.Where which = (outdated.size() <= StoredScores.BATCH) ? StoredScores
					.narrowed(this.access.everyone(), "c.id in (:outdatedIds)", "outdatedIds", outdated)
						: StoredScores.outdatedWhere(visible, today, highest);
				this.stored.refresh(today, read(which, today, false));
			});
		}
		catch (DataIntegrityViolationException ex) {
			// stored by a request at the same moment
		}
	}

	/** The list computed on read and sorted in memory: a day without stored scores. */
	private Page computed(Visibility.Where visible, LocalDate asOf, Set<RetentionState> states, int page, int size) {
		List<CustomerRetention> all = read(visible, asOf, true).stream()
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
