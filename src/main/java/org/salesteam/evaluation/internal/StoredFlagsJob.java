package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salesteam.performance.KpiPeriod;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly: stores the imbalance flags of the last closed month, quarter and year (ADR
 * 0044), so that the first reader of a just-closed period does not pay for it. A period
 * already stored is read, not stored again ({@link StoredFlags}).
 */
@Component
public class StoredFlagsJob {

	private final ScorecardBoard boards;

	private final Clock clock;

	StoredFlagsJob(ScorecardBoard boards, Clock clock) {
		this.boards = boards;
		this.clock = clock;
	}

	@Scheduled(cron = "${salesteam.evaluation.store-flags-cron:0 40 2 * * *}",
			zone = "${salesteam.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "evaluation.storeFlags", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
	public void run() {
		storeLastClosed();
	}

	/**
	 * The job's work without its lock (tests call this: the lock would skip a second run
	 * within a minute of the scheduled one).
	 */
	public void storeLastClosed() {
		lastClosed(LocalDate.now(this.clock)).forEach((period) -> this.boards.of(ScoredRole.REP, period));
	}

	/** The last month, quarter and year that ended before the day. */
	static List<KpiPeriod> lastClosed(LocalDate today) {
		LocalDate month = today.withDayOfMonth(1).minusMonths(1);
		LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
		LocalDate quarter = quarterStart.minusMonths(3);
		LocalDate year = today.withDayOfYear(1).minusYears(1);
		return List.of(new KpiPeriod(month, month.plusMonths(1).minusDays(1)),
				new KpiPeriod(quarter, quarterStart.minusDays(1)),
				new KpiPeriod(year, year.withDayOfYear(year.lengthOfYear())));
	}

}
