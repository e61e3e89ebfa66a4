package org.salesteam.worklog;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 每周计划指南: a manager's plan for one ISO week — the goals (这个星期中我希望完成的事情), the five
 * highest-return tasks seen from the superior's, the customers' and the manager's own
 * view, and the review written at the week's end.
 */
@Entity
@Audited("managerWeek")
@Table(name = "manager_week")
public class ManagerWeek extends AbstractAggregate {

	public static final int MAX_GOALS = 10;

	private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	@Column(name = "manager_id", nullable = false)
	private long managerId;

	@Column(name = "iso_week", nullable = false, length = 8)
	private String isoWeek;

	@Column(name = "week_start", nullable = false)
	private LocalDate weekStart;

	@Column(length = 4000)
	private String review;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "manager_week_goal", joinColumns = @JoinColumn(name = "manager_week_id"))
	@OrderColumn(name = "goal_no")
	@Column(name = "text", nullable = false, length = 500)
	private List<String> goals = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "manager_week_task", joinColumns = @JoinColumn(name = "manager_week_id"))
	private Set<ManagerWeekTask> tasks = new HashSet<>();

	protected ManagerWeek() {
	}

	public ManagerWeek(long managerId, String isoWeek) {
		this.managerId = managerId;
		this.weekStart = monday(isoWeek);
		this.isoWeek = isoWeek;
	}

	/**
	 * Replaces the plan. Blank goals and tasks are dropped; a task's rank is its place
	 * among the non-blank ones of its perspective.
	 */
	public void plan(List<String> goals, Map<ManagerWeekPerspective, List<String>> tasks, String review) {
		List<String> keptGoals = nonBlank(goals);
		if (keptGoals.stream().anyMatch((g) -> g.length() > 500)) {
			throw BusinessRuleException.onField("goals", "worklog.validation.tooLong", 500);
		}
		if (review != null && review.trim().length() > 4000) {
			throw BusinessRuleException.onField("review", "worklog.validation.tooLong", 4000);
		}
		if (keptGoals.size() > MAX_GOALS) {
			throw BusinessRuleException.onField("goals", "worklog.week.error.tooManyGoals", MAX_GOALS);
		}
		Set<ManagerWeekTask> keptTasks = new HashSet<>();
		tasks.forEach((perspective, texts) -> {
			List<String> kept = nonBlank(texts);
			if (kept.stream().anyMatch((t) -> t.length() > 300)) {
				throw BusinessRuleException.onField("tasks", "worklog.validation.tooLong", 300);
			}
			if (kept.size() > ManagerWeekPerspective.TASKS) {
				throw BusinessRuleException.onField("tasks", "worklog.week.error.tooManyTasks",
						ManagerWeekPerspective.TASKS);
			}
			for (int i = 0; i < kept.size(); i++) {
				keptTasks.add(new ManagerWeekTask(perspective, i + 1, kept.get(i)));
			}
		});
		this.goals.clear();
		this.goals.addAll(keptGoals);
		this.tasks.clear();
		this.tasks.addAll(keptTasks);
		this.review = (review == null || review.isBlank()) ? null : review.trim();
	}

	private static List<String> nonBlank(List<String> texts) {
		return (texts == null) ? List.of()
				: texts.stream().filter((t) -> t != null && !t.isBlank()).map(String::trim).toList();
	}

	/**
	 * The Monday of an ISO week written {@code 2026-W48}; a malformed or impossible week
	 * breaks the rule {@code worklog.week.error.isoWeek}.
	 */
	public static LocalDate monday(String isoWeek) {
		Matcher matcher = (isoWeek != null) ? ISO_WEEK.matcher(isoWeek) : null;
		if (matcher == null || !matcher.matches()) {
			throw BusinessRuleException.onField("isoWeek", "worklog.week.error.isoWeek");
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			int week = Integer.parseInt(matcher.group(2));
			LocalDate monday = LocalDate.of(year, 6, 1)
				.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
				.with(DayOfWeek.MONDAY);
			if (monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
				throw BusinessRuleException.onField("isoWeek", "worklog.week.error.isoWeek");
			}
			return monday;
		}
		catch (DateTimeException ex) {
			throw BusinessRuleException.onField("isoWeek", "worklog.week.error.isoWeek");
		}
	}

	/** The ISO week of a day, e.g. {@code 2026-W48}. */
	public static String isoWeekOf(LocalDate day) {
		return "%04d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	public long getManagerId() {
		return this.managerId;
	}

	public String getIsoWeek() {
		return this.isoWeek;
	}

	public LocalDate getWeekStart() {
		return this.weekStart;
	}

	public String getReview() {
		return this.review;
	}

	public List<String> getGoals() {
		return List.copyOf(this.goals);
	}

	/** The tasks of one perspective by rank. */
	public List<String> tasks(ManagerWeekPerspective perspective) {
		return this.tasks.stream()
			.filter((t) -> t.getPerspective() == perspective)
			.sorted(Comparator.comparingInt(ManagerWeekTask::getRank))
			.map(ManagerWeekTask::getText)
			.toList();
	}

}
