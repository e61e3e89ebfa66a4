package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development plans: a manager or director who may see a rep starts one
 * ({@link EvaluationAccess#coach}) and fills its three columns; the rep sees their own
 * plans, adds items to their own column and marks them done; a manager changes any item.
 * Whoever may not see the rep gets a 404 for the plan. Progress = items done ÷ items due
 * (see {@link #progress}); the 30/60/90-day follow-ups are recorded by the rep or the
 * coach.
 */
@Service
public class DevelopmentPlans {

	static final String ENTITY = "entity.developmentPlan";

	/** A plan with its items, progress today and next follow-up. */
	public record Shown(DevelopmentPlan plan, String username, String displayName, List<DevelopmentPlanItem> items,
			BigDecimal progress) {
	}

	private final DevelopmentPlanRepository plans;

	private final DevelopmentPlanItemRepository items;

	private final EvaluationAccess access;

	private final Peers peers;

	private final TeamDirectory directory;

	private final Kpis kpis;

	private final Clock clock;

	DevelopmentPlans(DevelopmentPlanRepository plans, DevelopmentPlanItemRepository items, EvaluationAccess access,
			Peers peers, TeamDirectory directory, Kpis kpis, Clock clock) {
		this.plans = plans;
		this.items = items;
		this.access = access;
		this.peers = peers;
		this.directory = directory;
		this.kpis = kpis;
		this.clock = clock;
	}

	@Transactional
	public Shown start(UserPrincipal user, String username, String title, LocalDate startedOn, Long reviewId) {
		this.access.coach(user, username);
		Peers.Peer rep = this.peers.find(ScoredRole.REP, username)
			.orElseThrow(() -> new NotFoundException(EvaluationAccess.ENTITY, username));
		LocalDate start = (startedOn != null) ? startedOn : today();
		return shown(this.plans.save(new DevelopmentPlan(rep.id(), user.id(), reviewId, title, start)));
	}

	@Transactional(readOnly = true)
	public List<Shown> of(UserPrincipal user, String username) {
		this.access.person(user, username);
		Peers.Peer rep = this.peers.find(ScoredRole.REP, username)
			.orElseThrow(() -> new NotFoundException(EvaluationAccess.ENTITY, username));
		return this.plans.findByRepIdOrderByStartedOnDescIdDesc(rep.id()).stream().map(this::shown).toList();
	}

	@Transactional(readOnly = true)
	public Shown one(UserPrincipal user, long id) {
		return shown(visible(user, id));
	}

	/**
	 * The plans the user follows ({@link EvaluationAccess#followedReps}) whose next
	 * follow-up has fallen due — what the home page's inbox counts.
	 */
	@Transactional(readOnly = true)
	public List<Shown> followUpsDue(UserPrincipal user) {
		java.util.Set<Long> reps = this.access.followedReps(user);
		if (reps.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		return this.plans.findByRepIdIn(reps)
			.stream()
			.filter((plan) -> plan.nextFollowUpDue().map((day) -> !day.isAfter(today)).orElse(false))
			.map(this::shown)
			.toList();
	}

	@Transactional
	public Shown addItem(UserPrincipal user, long planId, DevelopmentPlanItem.Form form) {
		DevelopmentPlan plan = visible(user, planId);
		boolean self = plan.getRepId() == user.id();
		if (self && DevelopmentPlanItem.parseOwner(form.owner()) != DevelopmentPlanItem.Owner.REP) {
			throw new AccessDeniedException("a rep adds items to their own column");
		}
		if (!self) {
			this.access.coach(user, username(plan));
		}
		if (form.kpiCode() != null && !form.kpiCode().isBlank() && this.kpis.find(form.kpiCode().trim()).isEmpty()) {
			throw BusinessRuleException.onField("kpiCode", "evaluation.error.unknownCode", form.kpiCode());
		}
		this.items.save(new DevelopmentPlanItem(plan.getId(), form));
		return shown(plan);
	}

	/** A new status of an item: the rep for items of their column, the coach for any. */
	@Transactional
	public Shown changeItem(UserPrincipal user, long planId, long itemId, String status) {
		DevelopmentPlan plan = visible(user, planId);
		DevelopmentPlanItem item = this.items.findById(itemId)
			.filter((found) -> found.getPlanId().equals(plan.getId()))
			.orElseThrow(() -> new NotFoundException("entity.developmentPlanItem", itemId));
		DevelopmentPlanItem.Status next = DevelopmentPlanItem.parseStatus(status);
		if (plan.getRepId() == user.id()) {
			if (item.owner() != DevelopmentPlanItem.Owner.REP) {
				throw new AccessDeniedException("a rep changes the items of their own column");
			}
		}
		else {
			this.access.coach(user, username(plan));
		}
		item.change(next, today());
		this.items.save(item);
		return shown(plan);
	}

	/** Records the next 30/60/90-day follow-up as held today (the rep or the coach). */
	@Transactional
	public Shown followUp(UserPrincipal user, long planId) {
		DevelopmentPlan plan = visible(user, planId);
		if (plan.getRepId() != user.id()) {
			this.access.coach(user, username(plan));
		}
		plan.followUp(today());
		return shown(this.plans.save(plan));
	}

	/**
	 * Progress on a day: items done ÷ items due, where the items due are those due by the
	 * day plus those done earlier (done ahead of time counts, and the share stays within
	 * 0–1); dropped items count neither way. Undefined (null) while nothing is due.
	 */
	static BigDecimal progress(List<DevelopmentPlanItem> items, LocalDate day) {
		int due = 0;
		int done = 0;
		for (DevelopmentPlanItem item : items) {
			boolean isDone = item.status() == DevelopmentPlanItem.Status.DONE;
			if (item.status() != DevelopmentPlanItem.Status.DROPPED && (isDone || !item.getDueOn().isAfter(day))) {
				due++;
				done += isDone ? 1 : 0;
			}
		}
		return (due == 0) ? null : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
	}

	private DevelopmentPlan visible(UserPrincipal user, long id) {
		DevelopmentPlan plan = this.plans.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		try {
			this.access.person(user, username(plan));
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(ENTITY, id);
		}
		return plan;
	}

	private String username(DevelopmentPlan plan) {
		return this.directory.findMember(plan.getRepId())
			.map(TeamDirectory.Member::username)
			.orElseThrow(() -> new NotFoundException(ENTITY, plan.getId()));
	}

	private Shown shown(DevelopmentPlan plan) {
		List<DevelopmentPlanItem> list = this.items.findByPlanIdInOrderByDueOnAscIdAsc(List.of(plan.getId()));
		TeamDirectory.Member rep = this.directory.findMember(plan.getRepId()).orElseThrow();
		return new Shown(plan, rep.username(), rep.displayName(), list, progress(list, today()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
