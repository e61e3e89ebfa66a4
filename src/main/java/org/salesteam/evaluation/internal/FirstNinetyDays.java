package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A hire's first 90 days as a development plan (the handbook's three columns), started on
 * the hiring day by whoever hires: the rep learns the products and prices (day 30),
 * visits their first customers (day 60, {@code VISITS_PER_DAY}) and wins a first new
 * customer (day 90, {@code NEW_CUSTOMERS}); the manager rides along every week (day 30);
 * the company trains on products and the system (day 30). The interview feeds it: every
 * trait whose interview mean is below {@value #WEAK_BELOW} becomes an item of the rep's
 * column (day 60, the trait as the skill) — or, when none is, the lowest-scored trait.
 * Texts in the hiring user's language.
 */
@Component
class FirstNinetyDays {

	/** A trait mean below this is worked on in the first 90 days. */
	static final int WEAK_BELOW = 3;

	private final DevelopmentPlans plans;

	private final MessageSource messages;

	FirstNinetyDays(DevelopmentPlans plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	/** Starts the plan and returns its id. */
	long start(UserPrincipal user, String username, LocalDate hiredOn, InterviewSummary summary) {
		long id = this.plans.start(user, username, text("evaluation.recruit.plan.title"), hiredOn, null).plan().getId();
		add(user, id, "REP", "products", null, text("evaluation.recruit.plan.productsSkill"), hiredOn.plusDays(30));
		add(user, id, "REP", "visits", "VISITS_PER_DAY", null, hiredOn.plusDays(60));
		add(user, id, "REP", "newCustomer", "NEW_CUSTOMERS", null, hiredOn.plusDays(90));
		add(user, id, "MANAGER", "rideAlong", null, text("evaluation.recruit.plan.rideAlongSkill"),
				hiredOn.plusDays(30));
		add(user, id, "COMPANY", "training", null, text("evaluation.recruit.plan.productsSkill"), hiredOn.plusDays(30));
		for (InterviewSummary.TraitLine weak : weakest(summary)) {
			String trait = text("evaluation.recruit.trait." + weak.trait().name());
			this.plans.addItem(user, id,
					new DevelopmentPlanItem.Form("REP", text("evaluation.recruit.plan.trait.goal", trait),
							text("evaluation.recruit.plan.trait.action", weak.mean()), null, trait,
							hiredOn.plusDays(60)));
		}
		return id;
	}

	/**
	 * The traits below {@link #WEAK_BELOW}, or else the lowest one; none without
	 * interviews.
	 */
	static List<InterviewSummary.TraitLine> weakest(InterviewSummary summary) {
		List<InterviewSummary.TraitLine> scored = summary.traits().stream().filter((l) -> l.mean() != null).toList();
		List<InterviewSummary.TraitLine> weak = new ArrayList<>(scored.stream()
			.filter((line) -> line.mean().compareTo(java.math.BigDecimal.valueOf(WEAK_BELOW)) < 0)
			.toList());
		if (weak.isEmpty()) {
			scored.stream().min(Comparator.comparing(InterviewSummary.TraitLine::mean)).ifPresent(weak::add);
		}
		return weak;
	}

	private void add(UserPrincipal user, long id, String owner, String key, String kpi, String skill, LocalDate due) {
		this.plans.addItem(user, id, new DevelopmentPlanItem.Form(owner, text("evaluation.recruit.plan." + key),
				text("evaluation.recruit.plan." + key + ".action"), kpi, skill, due));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
