package org.salesteam.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.salesteam.notify.Notice;
import org.salesteam.platform.PrincipalSource;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the scheduled notices (ADR 0036) share: the teams, the business clock, and the run
 * itself — for each item (a member, a team) the user it is read as is reloaded as a
 * {@link UserPrincipal} (a user gone meanwhile is skipped), and its notice is built and
 * published in a transaction of its own, so one failing user does not undo the others'.
 */
@Component
class NoticeJobs {

	private final TeamDirectory directory;

	private final PrincipalSource principals;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NoticeJobs(TeamDirectory directory, PrincipalSource principals, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.directory = directory;
		this.principals = principals;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	TeamDirectory directory() {
		return this.directory;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	Instant now() {
		return this.clock.instant();
	}

	void publish(Notice notice) {
		this.events.publishEvent(notice);
	}

	/**
	 * Runs {@code notice} for each item as its user, each in its own transaction.
	 * @param userOf the id of the user the item is read as
	 * @param notice publishes the item's notice, if any; true when it did
	 * @return how many items got a notice
	 */
	<T> int each(Collection<T> items, Function<T, Long> userOf, BiPredicate<T, UserPrincipal> notice) {
		int sent = 0;
		for (T item : items) {
			UserPrincipal user = this.principals.reload(userOf.apply(item)).orElse(null);
			if (user != null && Boolean.TRUE.equals(this.transactions.execute((tx) -> notice.test(item, user)))) {
				sent++;
			}
		}
		return sent;
	}

}
