package org.salesteam.scale.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Time logs and the activities not about a customer: every rep and manager logs most
 * working days of the two years (one in fifteen is missed), reps in the eight rep
 * categories, managers in the five families; reps train or plan advertising about twice a
 * month.
 */
final class WorkLog {

	private WorkLog() {
	}

	static void write(Organisation org, Ids ids, Random random, RowSink sink, LocalDate today) {
		LocalDate from = today.minusMonths(24).plusDays(1);
		for (Organisation.Rep rep : org.reps) {
			days(rep.id(), Words.REP_CATEGORIES, Words.REP_MINUTES, ids, random, sink, from, today);
			for (LocalDate month = from; month.isBefore(today); month = month.plusMonths(1)) {
				for (int a = 0; a < 2; a++) {
					LocalDate day = Customers.min(month.plusDays(random.nextInt(28)), today);
					sink.row(Table.ACTIVITY_LOG, ids.next(), 0, rep.id(), day,
							random.nextBoolean() ? "TRAINING" : "ADVERTISING", null, 60 + 30 * random.nextInt(6), null,
							null, Customers.at(day));
				}
			}
		}
		for (long manager : org.managers) {
			days(manager, Words.MANAGER_CATEGORIES, Words.MANAGER_MINUTES, ids, random, sink, from, today);
		}
	}

	private static void days(long user, List<String> categories, int[] minutes, Ids ids, Random random, RowSink sink,
			LocalDate from, LocalDate today) {
		for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
			if (!Customers.workingDay(day) || random.nextInt(15) == 0) {
				continue;
			}
			long entry = ids.next();
			sink.row(Table.TIME_ENTRY, entry, 0, user, day, Customers.at(day).plusHours(9));
			for (int c = 0; c < categories.size(); c++) {
				int logged = (int) Math.round(minutes[c] * (0.6 + 0.8 * random.nextDouble()) / 5) * 5;
				if (logged > 0) {
					sink.row(Table.TIME_ENTRY_MINUTES, entry, categories.get(c), logged);
				}
			}
			sink.boundary();
		}
	}

}
