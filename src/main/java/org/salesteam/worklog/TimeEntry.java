package org.salesteam.worklog;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * One user's time for one day, in minutes per category. Logging the day again replaces it
 * as a whole. A day holds at most 24 hours and never lies in the future; the manager's
 * five families are logged by managers and directors only.
 */
@Entity
@Audited("timeEntry")
@Table(name = "time_entry")
public class TimeEntry extends AbstractAggregate {

	public static final int MINUTES_PER_DAY = 24 * 60;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "entry_date", nullable = false)
	private LocalDate date;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "time_entry_minutes", joinColumns = @JoinColumn(name = "time_entry_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "category", length = 30)
	@Column(name = "minutes", nullable = false)
	private Map<TimeUseCategory, Integer> minutes = new HashMap<>();

	protected TimeEntry() {
	}

	public TimeEntry(long userId, LocalDate date, LocalDate today) {
		if (date == null) {
			throw BusinessRuleException.onField("date", "worklog.validation.required");
		}
		if (date.isAfter(today)) {
			throw BusinessRuleException.onField("date", "worklog.validation.future");
		}
		this.userId = userId;
		this.date = date;
	}

	/**
	 * Replaces the day's minutes; zero minutes are not kept.
	 * @param mayLogFamilies whether the user is a manager or director
	 */
	public void replace(Map<TimeUseCategory, Integer> logged, boolean mayLogFamilies) {
		int total = 0;
		Map<TimeUseCategory, Integer> kept = new EnumMap<>(TimeUseCategory.class);
		for (Map.Entry<TimeUseCategory, Integer> entry : logged.entrySet()) {
			int value = (entry.getValue() != null) ? entry.getValue() : 0;
			if (value < 0 || value > MINUTES_PER_DAY) {
				throw BusinessRuleException.onField("minutes", "worklog.validation.minutes", MINUTES_PER_DAY);
			}
			if (entry.getKey().isFamily() && value > 0 && !mayLogFamilies) {
				throw BusinessRuleException.onField("minutes", "worklog.time.error.familiesForManagers");
			}
			total += value;
			if (value > 0) {
				kept.put(entry.getKey(), value);
			}
		}
		if (total > MINUTES_PER_DAY) {
			throw BusinessRuleException.onField("minutes", "worklog.time.error.dayTooLong", MINUTES_PER_DAY);
		}
		this.minutes.clear();
		this.minutes.putAll(kept);
	}

	public long getUserId() {
		return this.userId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	/** Minutes per category, zero ones left out. */
	public Map<TimeUseCategory, Integer> getMinutes() {
		Map<TimeUseCategory, Integer> copy = new EnumMap<>(TimeUseCategory.class);
		copy.putAll(this.minutes);
		return copy;
	}

}
