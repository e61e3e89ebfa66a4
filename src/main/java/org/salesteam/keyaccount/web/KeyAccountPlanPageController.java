package org.salesteam.keyaccount.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.keyaccount.WhitespaceState;

import org.salesteam.keyaccount.internal.PlanEditing;
import org.salesteam.keyaccount.internal.PlanEditing.ActionRequest;
import org.salesteam.keyaccount.internal.PlanEditing.ObjectiveRequest;
import org.salesteam.keyaccount.internal.PlanReading;
import org.salesteam.keyaccount.internal.Whitespace;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.FormPages;
import org.salesteam.platform.UserPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One key-account plan's page ({@code /key-accounts/plans/{id}}): the plan with its
 * objectives' attainment, small forms to write a draft, submit it, approve or return it,
 * review a quarter and tick off actions.
 */
@Controller
class KeyAccountPlanPageController {

	private final PlanEditing editing;

	private final PlanReading reading;

	private final Kpis kpis;

	private final PageErrors forms;

	private final Whitespace whitespace;

	private final Clock clock;

	/** A whitespace gap of the account: a buying centre that buys none of a category. */
	record Gap(String centre, String category) {
	}

	KeyAccountPlanPageController(PlanEditing editing, PlanReading reading, Kpis kpis, PageErrors forms,
			Whitespace whitespace, Clock clock) {
		this.editing = editing;
		this.reading = reading;
		this.kpis = kpis;
		this.forms = forms;
		this.whitespace = whitespace;
		this.clock = clock;
	}

	@PostMapping("/key-accounts/plans")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @RequestParam long customerId,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		long[] created = new long[1];
		ModelAndView back = this.forms.run("/customers/" + customerId + "/key-account", redirect,
				() -> created[0] = this.editing.create(user, customerId, year, null));
		return (created[0] != 0) ? FormPages.seeOther(plan(created[0])) : back;
	}

	@GetMapping("/key-accounts/plans/{id}")
	String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		PlanReading.Plan plan = this.reading.of(user, id);
		model.addAttribute("plan", plan);
		model.addAttribute("kpiCatalog", this.kpis.catalog());
		model.addAttribute("gaps", plan.mayEdit() ? gaps(user, plan.customerId()) : List.of());
		return "keyaccount/plan";
	}

	/**
	 * The account's whitespace gaps as of today, to draft objectives from (ADR 0052):
	 * each becomes a sales objective whose target the planner gives.
	 */
	private List<Gap> gaps(UserPrincipal user, long customerId) {
		Whitespace.Grid grid = this.whitespace.of(user, customerId, LocalDate.now(this.clock));
		Map<Long, String> centres = new HashMap<>();
		grid.centres().forEach((centre) -> centres.put(centre.id(), centre.name()));
		return grid.cells()
			.stream()
			.filter((cell) -> cell.state() == WhitespaceState.GAP)
			.map((cell) -> new Gap(centres.get(cell.centre()), cell.category()))
			.toList();
	}

	@PostMapping("/key-accounts/plans/{id}/text")
	ModelAndView text(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String vision, @RequestParam(required = false) String swot,
			@RequestParam(required = false) String strategies, @RequestParam(required = false) String risks,
			RedirectAttributes redirect) {
		return this.forms.run(plan(id), redirect,
				() -> this.editing.writeText(user, id, vision, swot, strategies, risks));
	}

	@PostMapping("/key-accounts/plans/{id}/objectives")
	ModelAndView objective(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String description, @RequestParam(required = false) String kpi,
			@RequestParam(required = false) BigDecimal target, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			RedirectAttributes redirect) {
		return this.forms.run(plan(id), redirect,
				() -> this.editing.addObjective(user, id, new ObjectiveRequest(description, kpi, target, owner, due)));
	}

	@PostMapping("/key-accounts/plans/{id}/actions")
	ModelAndView action(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String title, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			RedirectAttributes redirect) {
		return this.forms.run(plan(id), redirect,
				() -> this.editing.addAction(user, id, new ActionRequest(title, owner, due, null)));
	}

	@PostMapping("/key-accounts/plans/{id}/remove")
	ModelAndView remove(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean objective, @RequestParam int index,
			RedirectAttributes redirect) {
		return this.forms.run(plan(id), redirect, () -> this.editing.remove(user, id, objective, index));
	}

	@PostMapping("/key-accounts/plans/{id}/submit")
	ModelAndView submit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		return this.forms.run(plan(id), redirect, () -> this.editing.submit(user, id));
	}

	@PostMapping("/key-accounts/plans/{id}/decide")
	ModelAndView decide(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean approve, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return this.forms.run(plan(id), redirect, () -> this.editing.decide(user, id, approve, note));
	}

	@PostMapping("/key-accounts/plans/{id}/review")
	ModelAndView review(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String progress,
			RedirectAttributes redirect) {
		return this.forms.run(plan(id), redirect, () -> this.editing.review(user, id, quarter, progress));
	}

	@PostMapping("/key-accounts/plans/{id}/actions/{index}/status")
	ModelAndView actionStatus(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@PathVariable int index, @RequestParam String status, RedirectAttributes redirect) {
		return this.forms.run(plan(id), redirect, () -> this.editing.setActionStatus(user, id, index, status));
	}

	private static String plan(long id) {
		return "/key-accounts/plans/" + id;
	}

}
