package org.salesteam.worklog.internal;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.salesteam.platform.IdBlocks;
import org.salesteam.worklog.TimeUseCategory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of the demo's time logs: a rep's working day split into the eight categories
 * (rep3 travels far to few large customers, rep7 spends more time on the phone and on
 * service); a manager's day split into the five families — manager1 starts far from the
 * benchmark (too much selling and administration) and moves towards it over the two
 * years. About one working day in fifteen is not logged.
 */
class DemoTimeRows {

	/**
	 * Mean minutes per rep category in the order of
	 * {@link TimeUseCategory#repCategories()}.
	 */
	private static final int[] REP_DAY = { 150, 60, 90, 25, 60, 30, 15, 30 };

	private static final int[] JOE_DAY = { 200, 30, 130, 35, 45, 25, 5, 10 };

	private static final int[] ARLENE_DAY = { 130, 95, 80, 20, 55, 30, 20, 70 };

	private static final double[] MANAGER1_START = { 0.50, 0.12, 0.10, 0.24, 0.04 };

	private static final double[] MANAGER1_END = { 0.37, 0.19, 0.17, 0.19, 0.08 };

	private static final double[] MANAGER2 = { 0.34, 0.22, 0.17, 0.19, 0.08 };

	private static final double[] MANAGER3 = { 0.28, 0.15, 0.12, 0.35, 0.10 };

	private static final double[] DIRECTOR = { 0.25, 0.25, 0.25, 0.15, 0.10 };

	private final List<Object[]> entries = new ArrayList<>();

	private final List<Object[]> minutes = new ArrayList<>();

	private final IdBlocks ids;

	private final LocalDate today;

	private final LocalDate start;

	private final Random random;

	DemoTimeRows(IdBlocks ids, LocalDate today, Random random) {
		this.ids = ids;
		this.today = today;
		this.start = today.minusMonths(24);
		this.random = random;
	}

	void addRep(String username, long userId) {
		int[] day = switch (username) {
			case "rep3" -> JOE_DAY;
			case "rep7" -> ARLENE_DAY;
			default -> REP_DAY;
		};
		List<TimeUseCategory> categories = TimeUseCategory.repCategories();
		for (LocalDate date : loggedDays()) {
			Map<TimeUseCategory, Integer> logged = new EnumMap<>(TimeUseCategory.class);
			for (int i = 0; i < categories.size(); i++) {
				double mean = day[i] * ((date.getDayOfWeek() == DayOfWeek.MONDAY && i == 5) ? 2 : 1);
				logged.put(categories.get(i), fiveMinutes(mean * (0.6 + 0.8 * this.random.nextDouble())));
			}
			add(userId, date, logged);
		}
	}

	void addManager(String username, long userId) {
		List<TimeUseCategory> families = TimeUseCategory.families();
		double span = Math.max(1, ChronoUnit.DAYS.between(this.start, this.today));
		for (LocalDate date : loggedDays()) {
			double progress = ChronoUnit.DAYS.between(this.start, date) / span;
			double[] shares = switch (username) {
				case "manager1" -> between(MANAGER1_START, MANAGER1_END, progress);
				case "manager2" -> MANAGER2;
				case "manager3" -> MANAGER3;
				default -> DIRECTOR;
			};
			int total = 420 + this.random.nextInt(121);
			Map<TimeUseCategory, Integer> logged = new EnumMap<>(TimeUseCategory.class);
			for (int i = 0; i < families.size(); i++) {
				logged.put(families.get(i), fiveMinutes(total * shares[i] * (0.85 + 0.3 * this.random.nextDouble())));
			}
			add(userId, date, logged);
		}
	}

	private static double[] between(double[] from, double[] to, double progress) {
		double[] result = new double[from.length];
		for (int i = 0; i < from.length; i++) {
			result[i] = from[i] + (to[i] - from[i]) * progress;
		}
		return result;
	}

	private List<LocalDate> loggedDays() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate date = this.start; !date.isAfter(this.today); date = date.plusDays(1)) {
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (!weekend && this.random.nextInt(15) != 0) {
				days.add(date);
			}
		}
		return days;
	}

	private static int fiveMinutes(double value) {
		return (int) Math.round(value / 5) * 5;
	}

	private void add(long userId, LocalDate date, Map<TimeUseCategory, Integer> logged) {
		long id = this.ids.next();
		this.entries.add(new Object[] { id, userId, Date.valueOf(date), DemoActivityRows.at(date) });
		logged.forEach((category, value) -> {
			if (value > 0) {
				this.minutes.add(new Object[] { id, category.name(), value });
			}
		});
	}

	void write(JdbcTemplate jdbc) {
		jdbc.batchUpdate("insert into time_entry (id, version, user_id, entry_date, created_at) values (?, 0, ?, ?, ?)",
				this.entries);
		jdbc.batchUpdate("insert into time_entry_minutes (time_entry_id, category, minutes) values (?, ?, ?)",
				this.minutes);
	}

	int count() {
		return this.entries.size();
	}

}
