package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing key-account plans and deciding on them (issue 19, ADR 0035): the account's
 * planners — its owner side or its key-account manager — draft, edit and submit; its
 * owner's manager or a director approves or returns the plan to draft. Everything is
 * checked before anything is written; 422 names the field.
 */
@Service
public class PlanEditing {

	/** An objective as asked for; the owner by username (optional). */
	public record ObjectiveRequest(String description, String kpi, BigDecimal target, String owner, LocalDate due) {
	}

	/**
	 * An action as asked for; the owner by username (optional), status OPEN by default.
	 */
	public record ActionRequest(String title, String owner, LocalDate due, String status) {
	}

	/** The plan's content as asked for. */
	public record PlanRequest(String vision, String swot, String strategies, String risks,
			List<ObjectiveRequest> objectives, List<ActionRequest> actions) {
	}

	private final KeyAccountAccess access;

	private final PlanRepository plans;

	private final TeamDirectory directory;

	private final Kpis kpis;

	private final Clock clock;

	private final AccountSwotEditing swots;

	private final MessageSource messages;

	private final KeyAccountNotices notices;

	PlanEditing(KeyAccountAccess access, PlanRepository plans, TeamDirectory directory, Kpis kpis, Clock clock,
			AccountSwotEditing swots, MessageSource messages, KeyAccountNotices notices) {
		this.notices = notices;
		this.access = access;
		this.plans = plans;
		this.directory = directory;
		this.kpis = kpis;
		this.clock = clock;
		this.swots = swots;
		this.messages = messages;
	}

	/**
	 * A new draft for the account and year, written by the user (its owner); one plan per
	 * account and year (422 on {@code year}).
	 */
	@Transactional
	public long create(UserPrincipal user, Long customerId, Integer year, PlanRequest content) {
		if (customerId == null) {
			throw BusinessRuleException.onField("customerId", "keyaccount.error.customer");
		}
		this.access.plannableCustomer(user, customerId);
		if (year == null || year < 2000 || year > 2100) {
			throw BusinessRuleException.onField("year", "keyaccount.error.year");
		}
		if (this.plans.findByCustomerIdAndYear(customerId, year).isPresent()) {
			throw BusinessRuleException.onField("year", "keyaccount.error.planExists", year);
		}
		KeyAccountPlan plan = new KeyAccountPlan(customerId, year, user.id());
		if (content != null) {
			plan.write(checked(content));
		}
		if (plan.getSwot() == null) {
			fillSwotFromAnalysis(plan);
		}
		return this.plans.save(plan).getId();
	}

	/**
	 * A new plan without a SWOT of its own starts from the account analysis' SWOT and
	 * competitor shares (ADR 0048), headed in the writer's language, cut to the plan's
	 * 4,000 characters.
	 */
	private void fillSwotFromAnalysis(KeyAccountPlan plan) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headings = java.util.stream.Stream
			.of("strengths", "weaknesses", "opportunities", "threats", "competitors")
			.map((part) -> this.messages.getMessage("keyaccount.swot.planHeading." + part, null, locale))
			.toList();
		String text = this.swots.asPlanText(plan.getCustomerId(), headings);
		if (!text.isEmpty()) {
			plan.write(new PlanContent(plan.getVision(), (text.length() > 4000) ? text.substring(0, 4000) : text,
					plan.getStrategies(), plan.getRisks(), plan.getObjectives(), plan.getActions()));
		}
	}

	/** Replaces a draft's content (a submitted or approved plan: 422). */
	@Transactional
	public void update(UserPrincipal user, long planId, PlanRequest content) {
		KeyAccountPlan plan = this.access.writablePlan(user, planId);
		plan.write(checked((content != null) ? content : new PlanRequest(null, null, null, null, null, null)));
		this.plans.save(plan);
	}

	@Transactional
	public void submit(UserPrincipal user, long planId) {
		KeyAccountPlan plan = this.access.writablePlan(user, planId);
		plan.submit(LocalDate.now(this.clock));
		this.plans.save(plan);
		this.notices.submitted(plan, user.id());
	}

	/** Approves a submitted plan, or returns it to draft with a note (403 for others). */
	@Transactional
	public void decide(UserPrincipal user, long planId, boolean approve, String note) {
		KeyAccountPlan plan = this.access.readablePlan(user, planId);
		this.access.checkMayDecide(user, plan.getCustomerId());
		String why = blankToNull(note, "note", 1000);
		plan.decide(approve, user.id(), LocalDate.now(this.clock), why);
		this.plans.save(plan);
	}

	/** A quarter's review (1–4) by the account's planners or deciders. */
	@Transactional
	public void review(UserPrincipal user, long planId, Integer quarter, String progress) {
		KeyAccountPlan plan = this.access.readablePlan(user, planId);
		if (!this.access.mayPlan(user, plan.getCustomerId())) {
			this.access.checkMayDecide(user, plan.getCustomerId());
		}
		if (quarter == null || quarter < 1 || quarter > 4) {
			throw BusinessRuleException.onField("quarter", "keyaccount.error.quarter");
		}
		String text = blankToNull(progress, "progress", 2000);
		if (text == null) {
			throw BusinessRuleException.onField("progress", "keyaccount.error.progress");
		}
		plan.review(new PlanReview(quarter, text, LocalDate.now(this.clock), user.id()));
		this.plans.save(plan);
	}

	/**
	 * Marks an action (0-based position) OPEN, DONE or CANCELLED, in any state of the
	 * plan.
	 */
	@Transactional
	public void setActionStatus(UserPrincipal user, long planId, int index, String status) {
		KeyAccountPlan plan = this.access.writablePlan(user, planId);
		plan.setActionStatus(index, parseStatus(status, "status"));
		this.plans.save(plan);
	}

	/** The page's text form: vision, SWOT, strategies and risks of a draft. */
	@Transactional
	public void writeText(UserPrincipal user, long planId, String vision, String swot, String strategies,
			String risks) {
		KeyAccountPlan plan = this.access.writablePlan(user, planId);
		plan.write(new PlanContent(blankToNull(vision, "vision", 2000), blankToNull(swot, "swot", 4000),
				blankToNull(strategies, "strategies", 4000), blankToNull(risks, "risks", 2000), plan.getObjectives(),
				plan.getActions()));
		this.plans.save(plan);
	}

	/**
	 * The page's objective form: one more objective of a draft (422 on its own fields).
	 */
	@Transactional
	public void addObjective(UserPrincipal user, long planId, ObjectiveRequest objective) {
		KeyAccountPlan plan = this.access.writablePlan(user, planId);
		List<PlanObjective> objectives = new ArrayList<>(plan.getObjectives());
		objectives.add(objective(objective, null));
		plan.write(content(plan, objectives, plan.getActions()));
		this.plans.save(plan);
	}

	/** The page's action form: one more action of a draft (422 on its own fields). */
	@Transactional
	public void addAction(UserPrincipal user, long planId, ActionRequest action) {
		KeyAccountPlan plan = this.access.writablePlan(user, planId);
		List<PlanAction> actions = new ArrayList<>(plan.getActions());
		actions.add(action(action, null));
		plan.write(content(plan, plan.getObjectives(), actions));
		this.plans.save(plan);
	}

	/**
	 * Removes an objective ({@code objective == true}) or an action of a draft by
	 * position.
	 */
	@Transactional
	public void remove(UserPrincipal user, long planId, boolean objective, int index) {
		KeyAccountPlan plan = this.access.writablePlan(user, planId);
		List<PlanObjective> objectives = new ArrayList<>(plan.getObjectives());
		List<PlanAction> actions = new ArrayList<>(plan.getActions());
		List<?> list = objective ? objectives : actions;
		if (index < 0 || index >= list.size()) {
			throw BusinessRuleException.onField("index", "keyaccount.error.noSuchAction");
		}
		list.remove(index);
		plan.write(content(plan, objectives, actions));
		this.plans.save(plan);
	}

	private static PlanContent content(KeyAccountPlan plan, List<PlanObjective> objectives, List<PlanAction> actions) {
		return new PlanContent(plan.getVision(), plan.getSwot(), plan.getStrategies(), plan.getRisks(), objectives,
				actions);
	}

	private PlanContent checked(PlanRequest request) {
		List<PlanObjective> objectives = new ArrayList<>();
		List<ObjectiveRequest> asked = (request.objectives() != null) ? request.objectives() : List.of();
		for (int i = 0; i < asked.size(); i++) {
			objectives.add(objective(asked.get(i), "objectives[" + i + "]"));
		}
		List<PlanAction> actions = new ArrayList<>();
		List<ActionRequest> steps = (request.actions() != null) ? request.actions() : List.of();
		for (int i = 0; i < steps.size(); i++) {
			actions.add(action(steps.get(i), "actions[" + i + "]"));
		}
		return new PlanContent(blankToNull(request.vision(), "vision", 2000), blankToNull(request.swot(), "swot", 4000),
				blankToNull(request.strategies(), "strategies", 4000), blankToNull(request.risks(), "risks", 2000),
				objectives, actions);
	}

	/** One objective, checked; the fields are named under {@code prefix} (none: bare). */
	private PlanObjective objective(ObjectiveRequest o, String prefix) {
		if (o == null) {
			throw BusinessRuleException.onField(prefix, "keyaccount.error.objective");
		}
		String description = required(o.description(), field(prefix, "description"), 300);
		if (o.kpi() == null || this.kpis.find(o.kpi().trim()).isEmpty()) {
			throw BusinessRuleException.onField(field(prefix, "kpi"), "keyaccount.error.kpi");
		}
		if (o.target() == null || o.target().signum() <= 0 || o.target().compareTo(new BigDecimal("1E14")) >= 0) {
			throw BusinessRuleException.onField(field(prefix, "target"), "keyaccount.error.target");
		}
		return new PlanObjective(description, o.kpi().trim(), o.target(), user(o.owner(), field(prefix, "owner")),
				o.due());
	}

	/** One action, checked; OPEN unless a status is given. */
	private PlanAction action(ActionRequest a, String prefix) {
		if (a == null) {
			throw BusinessRuleException.onField(prefix, "keyaccount.error.action");
		}
		ActionStatus status = (a.status() == null || a.status().isBlank()) ? ActionStatus.OPEN
				: parseStatus(a.status(), field(prefix, "status"));
		return new PlanAction(required(a.title(), field(prefix, "title"), 300), user(a.owner(), field(prefix, "owner")),
				a.due(), status);
	}

	private static String field(String prefix, String name) {
		return (prefix == null) ? name : prefix + "." + name;
	}

	private Long user(String username, String field) {
		if (username == null || username.isBlank()) {
			return null;
		}
		return this.directory.findMemberByUsername(username.trim())
			.filter(TeamDirectory.Member::active)
			.map(TeamDirectory.Member::id)
			.orElseThrow(() -> BusinessRuleException.onField(field, "keyaccount.error.memberUser"));
	}

	private static ActionStatus parseStatus(String status, String field) {
		try {
			return ActionStatus.valueOf((status != null) ? status.trim() : "");
		}
		catch (IllegalArgumentException unknown) {
			throw BusinessRuleException.onField(field, "keyaccount.error.choice");
		}
	}

	private static String required(String text, String field, int max) {
		String value = blankToNull(text, field, max);
		if (value == null) {
			throw BusinessRuleException.onField(field, "keyaccount.error.required");
		}
		return value;
	}

	private static String blankToNull(String text, String field, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.trim();
		if (value.length() > max) {
			throw BusinessRuleException.onField(field, "keyaccount.error.tooLong", max);
		}
		return value;
	}

}
