package org.salesteam.visit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;
import org.salesteam.visit.StandardPeriod;
import org.salesteam.visit.VisitPlan;
import org.salesteam.visit.VisitPlanReviewed;
import org.salesteam.visit.VisitPlanSubmitted;
import org.salesteam.visit.VisitPlanStatus;
import org.salesteam.visit.VisitStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly visit schedule of a rep the user can see (otherwise 404), its submission by
 * the rep and its review by the manager of the rep's team or a director (anyone else who
 * can see it: 403).
 */
@Service
public class WeekPlans {

	/** Customers without a completed visit for this many days are listed. */
	public static final int IDLE_DAYS = 30;

	private static final int IDLE_LISTED = 10;

	/** One rep's plan in the manager's review list. */
	public record TeamRow(long repId, String username, String repName, String isoWeek, VisitPlanStatus status,
			int visitsNeeded, int visitsPlanned, int visitsDone) {
	}

	private final VisitAccess access;

	private final VisitPlanRepository plans;

	private final VisitStandards standards;

	private final VisitList visits;

	private final TeamDirectory directory;

	private final JdbcClient jdbc;

	private final IdleCustomers idle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WeekPlans(VisitAccess access, VisitPlanRepository plans, VisitStandards standards, VisitList visits,
			TeamDirectory directory, JdbcClient jdbc, IdleCustomers idle, ApplicationEventPublisher events,
			Clock clock) {
		this.idle = idle;
		this.events = events;
		this.access = access;
		this.plans = plans;
		this.standards = standards;
		this.visits = visits;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public WeekSchedule schedule(UserPrincipal user, String username, String isoWeek) {
		TeamDirectory.Member rep = visibleRep(user, username);
		return build(rep, IsoWeeks.monday(isoWeek));
	}

	/**
	 * The rep submits their week; below the standard (fewer visits than needed, cancelled
	 * ones aside) only with a reason.
	 */
	@Transactional
	public WeekSchedule submit(UserPrincipal user, String username, String isoWeek, String reason) {
		TeamDirectory.Member rep = visibleRep(user, username);
		LocalDate monday = IsoWeeks.monday(isoWeek);
		if (rep.id() != user.id()) {
			throw new AccessDeniedException("only the rep submits their week");
		}
		VisitPlan plan = plan(rep.id(), IsoWeeks.of(monday));
		WeekSchedule week = build(rep, monday);
		plan.submit(this.clock.instant(), week.visitsPlanned(), week.visitsNeeded(), reason);
		plan = this.plans.save(plan);
		this.events.publishEvent(new VisitPlanSubmitted(plan.getId(), rep.id(), rep.username(), plan.getIsoWeek(),
				plan.getSubmittedAt()));
		return build(rep, monday);
	}

	@Transactional
	public WeekSchedule review(UserPrincipal user, String username, String isoWeek, VisitPlanStatus decision,
			String comment) {
		TeamDirectory.Member rep = visibleRep(user, username);
		LocalDate monday = IsoWeeks.monday(isoWeek);
		if (!this.access.isSuperiorOf(user, rep.id())) {
			throw new AccessDeniedException("only the rep's manager or a director reviews");
		}
		VisitPlan plan = plan(rep.id(), IsoWeeks.of(monday));
		plan.review(decision, comment, user.id(), this.clock.instant());
		plan = this.plans.save(plan);
		this.events.publishEvent(new VisitPlanReviewed(plan.getId(), rep.id(), rep.username(), plan.getIsoWeek(),
				plan.getStatus(), plan.getReviewComment(), user.id(), plan.getReviewedAt()));
		return build(rep, monday);
	}

	/**
	 * The plans of the reps the user reviews for the week: a manager's teams, or every
	 * team for a director. Empty for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<TeamRow> team(UserPrincipal user, String isoWeek) {
		LocalDate monday = IsoWeeks.monday(isoWeek);
		String week = IsoWeeks.of(monday);
		List<TeamDirectory.TeamSummary> teams = user.hasRole(Role.DIRECTOR) ? this.directory.allTeams()
				: user.hasRole(Role.MANAGER) ? this.directory.teamsManagedBy(user.id()) : List.of();
		List<TeamRow> rows = new ArrayList<>();
		for (TeamDirectory.TeamSummary team : teams) {
			for (TeamDirectory.Member rep : this.directory.membersOf(team.id())) {
				if (rep.id() == user.id()) {
					continue;
				}
				Map<String, Object> counts = this.jdbc.sql("""
						select count(*) as planned,
						       coalesce(sum(case when status = 'COMPLETED' then 1 else 0 end), 0) as done
						from visit where rep_id = :rep and visit_date between :from and :to and status <> 'CANCELLED'
						""")
					.param("rep", rep.id())
					.param("from", monday)
					.param("to", monday.plusDays(6))
					.query()
					.singleRow();
				VisitPlanStatus status = this.plans.findByRepIdAndIsoWeek(rep.id(), week)
					.map(VisitPlan::getStatus)
					.orElse(VisitPlanStatus.DRAFT);
				rows.add(new TeamRow(rep.id(), rep.username(), rep.displayName(), week, status,
						this.standards.forRep(rep.id(), StandardPeriod.WEEK).visits(),
						((Number) counts.get("planned")).intValue(), ((Number) counts.get("done")).intValue()));
			}
		}
		return rows;
	}

	private TeamDirectory.Member visibleRep(UserPrincipal user, String username) {
		Visibility visibility = this.access.visibility(user);
		return this.directory.findMemberByUsername(username)
			.filter((m) -> visibility.canSee(m.id()))
			.orElseThrow(() -> new NotFoundException("entity.user", username));
	}

	private VisitPlan plan(long repId, String week) {
		return this.plans.findByRepIdAndIsoWeek(repId, week).orElseGet(() -> new VisitPlan(repId, week));
	}

	private WeekSchedule build(TeamDirectory.Member rep, LocalDate monday) {
		LocalDate sunday = monday.plusDays(6);
		LocalDate today = LocalDate.now(this.clock);
		String week = IsoWeeks.of(monday);
		List<VisitList.Row> rows = this.visits
			.find(this.access.everyVisit(), VisitFilter.ofRepBetween(rep.id(), monday, sunday))
			.items();
		int done = (int) rows.stream().filter((r) -> r.status() == VisitStatus.COMPLETED).count();
		Map<String, Integer> mix = new LinkedHashMap<>();
		List.of("A", "B", "C").forEach((c) -> mix.put(c, 0));
		rows.stream()
			.filter((r) -> r.status() != VisitStatus.CANCELLED)
			.map((r) -> Map.entry(r.customerId(), r.customerClass()))
			.distinct()
			.forEach((e) -> mix.merge(e.getValue(), 1, Integer::sum));
		VisitPlan plan = this.plans.findByRepIdAndIsoWeek(rep.id(), week).orElse(null);
		String reviewer = (plan != null && plan.getReviewedBy() != null)
				? this.directory.findMember(plan.getReviewedBy()).map(TeamDirectory.Member::displayName).orElse(null)
				: null;
		List<WeekSchedule.Idle> idle = this.idle.of(rep.id(), sunday);
		return new WeekSchedule(rep.id(), rep.username(), rep.displayName(), week, monday, sunday,
				IsoWeeks.of(monday.minusWeeks(1)), IsoWeeks.of(monday.plusWeeks(1)),
				this.standards.forRep(rep.id(), StandardPeriod.WEEK).visits(), done, rows, mix,
				followUps(rep.id(), sunday, today), IDLE_DAYS, idle.size(),
				idle.subList(0, Math.min(IDLE_LISTED, idle.size())),
				(plan != null) ? plan.getStatus() : VisitPlanStatus.DRAFT,
				(plan != null) ? plan.getReviewComment() : null, reviewer,
				(int) rows.stream().filter((r) -> r.status() != VisitStatus.CANCELLED).count(),
				(plan != null) ? plan.getShortfallReason() : null);
	}

	private List<WeekSchedule.FollowUp> followUps(long repId, LocalDate sunday, LocalDate today) {
		return this.jdbc.sql("""
				select v.id, v.customer_id, c.name, v.visit_date, v.objective
				from visit v join customer c on c.id = v.customer_id
				where v.rep_id = :rep and v.previous_visit_id is not null and v.status in ('PLANNED', 'MISSED')
				  and v.visit_date <= :sunday
				order by v.visit_date, v.id
				""").param("rep", repId).param("sunday", sunday).query((rs, n) -> {
			LocalDate date = rs.getObject(4, LocalDate.class);
			return new WeekSchedule.FollowUp(rs.getLong(1), rs.getLong(2), rs.getString(3), date, rs.getString(5),
					date.isBefore(today));
		}).list();
	}

}
