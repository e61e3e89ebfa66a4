package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MEETING_ACTION_CLOSURE by hand: actions closed by their due date ÷ actions due; an
 * action due today and open is not yet due, one closed early counts, one outside the
 * period does not.
 */
class MeetingClosureTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	private static MeetingClosure.Dates action(String due, String closed) {
		return new MeetingClosure.Dates(LocalDate.parse(due), (closed != null) ? LocalDate.parse(closed) : null);
	}

	@Test
	void closedByDueOverDue() {
		List<MeetingClosure.Dates> actions = List.of(
				// due and closed on the day: in time
				action("2026-03-05", "2026-03-05"),
				// closed a day late
				action("2026-03-10", "2026-03-11"),
				// open past its day
				action("2026-03-12", null),
				// due today, open: not yet due
				action("2026-03-20", null),
				// due later this month, closed early: due and in time
				action("2026-03-28", "2026-03-18"),
				// due later, open: not due
				action("2026-03-30", null),
				// February: outside the period
				action("2026-02-27", null));
		long[] counts = MeetingClosure.count(actions, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), TODAY);
		// due: 03-05, 03-10, 03-12, 03-28 = 4; in time: 03-05, 03-28 = 2
		assertThat(counts).containsExactly(2, 4);
	}

	@Test
	void closedInTimeIsOnOrBeforeTheDueDay() {
		assertThat(MeetingClosure.closedInTime(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5))).isTrue();
		assertThat(MeetingClosure.closedInTime(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6))).isFalse();
		assertThat(MeetingClosure.closedInTime(LocalDate.of(2026, 3, 5), null)).isFalse();
	}

}
