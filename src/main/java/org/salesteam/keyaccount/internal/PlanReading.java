package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.customer.Customers;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A key-account plan as its readers see it, with each objective's attainment computed by
 * the KPI engine: the objective's KPI on the account's scope ({@code customer:{id}}) over
 * the plan year up to today (the whole year once it is over; nothing before it starts),
 * for the reading user — attainment = actual ÷ target × 100, one decimal, half up;
 * {@code null} when the KPI is undefined or the year has not begun.
 */
@Service
public class PlanReading {

	/** An objective with its computed actual value and attainment in percent. */
	public record Objective(int index, String description, String kpi, BigDecimal target, Long ownerId,
			String ownerName, LocalDate due, BigDecimal actual, BigDecimal attainment) {
	}

	/** An action with its owner's name and whether it is overdue. */
	public record Action(int index, String title, Long ownerId, String ownerName, LocalDate due, ActionStatus status,
			boolean overdue) {
	}

	/** A quarterly review with the reviewer's name. */
	public record Review(int quarter, String progress, LocalDate reviewedOn, String reviewerName) {
	}

	/** The plan as read. */
	public record Plan(long id, long customerId, String customerName, int year, long ownerId, String ownerName,
			PlanStatus status, String vision, String swot, String strategies, String risks, LocalDate submittedOn,
			String decidedByName, LocalDate decidedOn, String decisionNote, List<Objective> objectives,
			List<Action> actions, List<Review> reviews, boolean mayEdit, boolean mayDecide, boolean mayReview,
			boolean planner) {
	}

	private final KeyAccountAccess access;

	private final PlanRepository plans;

	private final Customers customers;

	private final TeamDirectory directory;

	private final Kpis kpis;

	private final Clock clock;

	PlanReading(KeyAccountAccess access, PlanRepository plans, Customers customers, TeamDirectory directory, Kpis kpis,
			Clock clock) {
		this.access = access;
		this.plans = plans;
		this.customers = customers;
		this.directory = directory;
		this.kpis = kpis;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Plan of(UserPrincipal user, long planId) {
		KeyAccountPlan plan = this.access.readablePlan(user, planId);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, String> names = names(plan);
		Map<String, BigDecimal> actuals = actuals(user, plan, today);
		List<Objective> objectives = new ArrayList<>();
		List<PlanObjective> asked = plan.getObjectives();
		for (int i = 0; i < asked.size(); i++) {
			PlanObjective o = asked.get(i);
			BigDecimal actual = actuals.get(o.getKpi());
			objectives.add(new Objective(i, o.getDescription(), o.getKpi(), o.getTarget(), o.getOwnerId(),
					names.get(o.getOwnerId()), o.getDue(), actual, attainment(actual, o.getTarget())));
		}
		List<Action> actions = new ArrayList<>();
		List<PlanAction> steps = plan.getActions();
		for (int i = 0; i < steps.size(); i++) {
			PlanAction a = steps.get(i);
			boolean overdue = a.getStatus() == ActionStatus.OPEN && a.getDue() != null && a.getDue().isBefore(today);
			actions.add(new Action(i, a.getTitle(), a.getOwnerId(), names.get(a.getOwnerId()), a.getDue(),
					a.getStatus(), overdue));
		}
		List<Review> reviews = plan.getReviews()
			.stream()
			.map((r) -> new Review(r.getQuarter(), r.getProgress(), r.getReviewedOn(), names.get(r.getReviewerId())))
			.toList();
		String customerName = this.customers.find(plan.getCustomerId())
			.map(Customers.CustomerSummary::name)
			.orElse("?");
		boolean plans = this.access.mayPlan(user, plan.getCustomerId());
		boolean decides = this.access.mayDecide(user, plan.getCustomerId());
		return new Plan(plan.getId(), plan.getCustomerId(), customerName, plan.getYear(), plan.getOwnerId(),
				names.get(plan.getOwnerId()), plan.getStatus(), plan.getVision(), plan.getSwot(), plan.getStrategies(),
				plan.getRisks(), plan.getSubmittedOn(), names.get(plan.getDecidedBy()), plan.getDecidedOn(),
				plan.getDecisionNote(), objectives, actions, reviews, plan.getStatus() == PlanStatus.DRAFT && plans,
				plan.getStatus() == PlanStatus.SUBMITTED && decides,
				plan.getStatus() != PlanStatus.DRAFT && (plans || decides), plans);
	}

	/** Attainment in percent, one decimal, half up; {@code null} without an actual. */
	static BigDecimal attainment(BigDecimal actual, BigDecimal target) {
		if (actual == null || target == null || target.signum() <= 0) {
			return null;
		}
		return actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
	}

	private Map<String, BigDecimal> actuals(UserPrincipal user, KeyAccountPlan plan, LocalDate today) {
		Map<String, BigDecimal> actuals = new HashMap<>();
		LocalDate from = LocalDate.of(plan.getYear(), 1, 1);
		LocalDate to = LocalDate.of(plan.getYear(), 12, 31);
		if (today.isBefore(from) || plan.getObjectives().isEmpty()) {
			return actuals;
		}
		VisibleScope scope = this.kpis.check(KpiViewer.of(user), KpiScope.customer(plan.getCustomerId()));
		List<String> codes = plan.getObjectives().stream().map(PlanObjective::getKpi).distinct().toList();
		KpiPeriod period = new KpiPeriod(from, today.isBefore(to) ? today : to);
		for (KpiValue value : this.kpis.compute(scope, period, codes)) {
			if (value.value() != null) {
				actuals.put(value.code(), value.value());
			}
		}
		return actuals;
	}

	private Map<Long, String> names(KeyAccountPlan plan) {
		Set<Long> ids = new HashSet<>();
		ids.add(plan.getOwnerId());
		ids.add(plan.getDecidedBy());
		plan.getObjectives().forEach((o) -> ids.add(o.getOwnerId()));
		plan.getActions().forEach((a) -> ids.add(a.getOwnerId()));
		plan.getReviews().forEach((r) -> ids.add(r.getReviewerId()));
		ids.remove(null);
		Map<Long, String> names = new HashMap<>();
		this.directory.findMembers(ids).forEach((m) -> names.put(m.id(), m.displayName()));
		return names;
	}

}
