package org.salesteam.visit.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.salesteam.visit.Visit;
import org.salesteam.visit.VisitType;
import org.salesteam.visit.internal.VisitAccess;
import org.salesteam.visit.internal.VisitChoices;
import org.salesteam.visit.internal.VisitPlanning;
import org.salesteam.visit.internal.VisitProspects;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planning a visit to a visible customer, and reporting a visible visit. */
@Controller
class VisitFormController {

	private static final String PLAN = "activity/visit-form";

	private static final String COMPLETE = "activity/visit-complete";

	private static final String REPLAN = "activity/visit-replan";

	private static final String RECORD = "activity/visit-record";

	private final VisitPlanning planning;

	private final VisitAccess access;

	private final VisitChoices choices;

	private final VisitProspects prospects;

	private final Clock clock;

	VisitFormController(VisitPlanning planning, VisitAccess access, VisitChoices choices, VisitProspects prospects,
			Clock clock) {
		this.planning = planning;
		this.access = access;
		this.choices = choices;
		this.prospects = prospects;
		this.clock = clock;
	}

	@GetMapping("/visits/new")
	String plan(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) LocalDate date, Model model) {
		if (customerId != null) {
			this.access.customer(user, customerId);
		}
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock).plusDays(1);
		return planView(user, model.addAttribute("visitForm", VisitForm.blank(customerId, day)));
	}

	@PostMapping("/visits")
	ModelAndView plan(@AuthenticationPrincipal UserPrincipal user, @Valid VisitForm visitForm, BindingResult binding,
			RedirectAttributes redirect, Model model) {
		if (visitForm.getCustomerId() == null && !visitForm.addsProspect()) {
			binding.rejectValue("customerId", "visit.validation.customerOrProspect");
		}
		if (!binding.hasErrors()) {
			try {
				Visit visit = visitForm.addsProspect()
						? this.prospects.planWithNewProspect(user, visitForm.getProspectName(), visitForm.toData())
						: this.planning.plan(user, visitForm.getCustomerId(), visitForm.toData());
				redirect.addFlashAttribute("message", "visit.planned");
				return Web.seeOther("/visits/" + visit.getId());
			}
			catch (BusinessRuleException ex) {
				Web.reject(binding, ex, "plannedAt".equals(ex.field()) ? "date" : ex.field());
			}
		}
		planView(user, model);
		return new ModelAndView(PLAN, binding.getModel()).addAllObjects(model.asMap());
	}

	@GetMapping("/visits/record")
	String record(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long customerId,
			Model model) {
		if (customerId != null) {
			this.access.customer(user, customerId);
		}
		return recordView(user,
				model.addAttribute("recordForm", RecordForm.blank(customerId, LocalDate.now(this.clock))));
	}

	@PostMapping("/visits/record")
	ModelAndView record(@AuthenticationPrincipal UserPrincipal user, @Valid RecordForm recordForm,
			BindingResult binding, RedirectAttributes redirect, Model model) {
		if (!binding.hasErrors()) {
			try {
				Visit visit = this.planning.record(user, recordForm.getCustomerId(), recordForm.toData(),
						recordForm.toReport());
				redirect.addFlashAttribute("message", "visit.recorded");
				return Web.seeOther("/visits/" + visit.getId());
			}
			catch (BusinessRuleException ex) {
				Web.reject(binding, ex, CompleteForm.field(ex.field()));
			}
		}
		recordView(user, model);
		return new ModelAndView(RECORD, binding.getModel()).addAllObjects(model.asMap());
	}

	@GetMapping("/visits/{id}/complete")
	String complete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Visit visit = this.access.visit(user, id);
		model.addAttribute("visitId", id);
		model.addAttribute("customerName", this.access.customerName(visit.getCustomerId()));
		model.addAttribute("objective", visit.getObjective());
		CompleteForm form = CompleteForm.of(visit);
		model.addAttribute("completeForm", form);
		model.addAttribute("opportunities",
				this.choices.openOpportunities(user, visit.getCustomerId(), visit.getOpportunityId()));
		contactChoices(user, visit.getCustomerId(), form.getContactIds(), model);
		return COMPLETE;
	}

	@PostMapping("/visits/{id}/complete")
	ModelAndView complete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid CompleteForm completeForm, BindingResult binding, RedirectAttributes redirect) {
		Visit visit = this.access.visit(user, id);
		if (!binding.hasErrors()) {
			try {
				this.planning.complete(user, id, completeForm.getVersion(), completeForm.toReport());
				redirect.addFlashAttribute("message", "visit.completed");
				return Web.seeOther("/visits/" + id);
			}
			catch (BusinessRuleException ex) {
				Web.reject(binding, ex, CompleteForm.field(ex.field()));
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				binding.reject("problem.concurrentChange");
			}
		}
		return new ModelAndView(COMPLETE, binding.getModel()).addObject("completeForm", completeForm)
			.addObject("visitId", id)
			.addObject("customerName", this.access.customerName(visit.getCustomerId()))
			.addObject("objective", visit.getObjective())
			.addObject("opportunities",
					this.choices.openOpportunities(user, visit.getCustomerId(), completeForm.getOpportunityId()))
			.addObject("contacts", this.choices.contacts(user, visit.getCustomerId()))
			.addObject("checkedContacts", completeForm.getContactIds());
	}

	@GetMapping("/visits/{id}/replan")
	String replan(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Visit visit = this.access.visit(user, id);
		return replanView(visit, model.addAttribute("replanForm", ReplanForm.of(visit)));
	}

	@PostMapping("/visits/{id}/replan")
	ModelAndView replan(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid ReplanForm replanForm, BindingResult binding, RedirectAttributes redirect, Model model) {
		Visit visit = this.access.visit(user, id);
		if (!binding.hasErrors()) {
			try {
				this.planning.move(user, id, replanForm.getVersion(), replanForm.plannedAt());
				redirect.addFlashAttribute("message", "visit.replanned");
				return Web.seeOther("/visits/" + id);
			}
			catch (BusinessRuleException ex) {
				Web.reject(binding, ex, "plannedAt".equals(ex.field()) ? "date" : ex.field());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				binding.reject("problem.concurrentChange");
			}
		}
		replanView(visit, model);
		return new ModelAndView(REPLAN, binding.getModel()).addAllObjects(model.asMap());
	}

	/**
	 * The check boxes of a visible customer's contacts, for htmx when the form's customer
	 * changes (none ticked).
	 */
	@GetMapping("/visits/contact-options")
	String contactOptions(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long customerId,
			Model model) {
		contactChoices(user, customerId, java.util.List.of(), model);
		return "activity/fragments :: contactChecks";
	}

	private void contactChoices(UserPrincipal user, Long customerId, java.util.List<Long> checked, Model model) {
		model.addAttribute("contacts",
				(customerId != null) ? this.choices.contacts(user, customerId) : java.util.List.of());
		model.addAttribute("checkedContacts", checked);
	}

	/** The {@code <option>}s of a visible customer's open opportunities, for htmx. */
	@GetMapping("/visits/opportunity-options")
	String opportunityOptions(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) Long customerId, Model model) {
		model.addAttribute("opportunities",
				(customerId != null) ? this.choices.openOpportunities(user, customerId, null) : java.util.List.of());
		return "activity/fragments :: opportunityOptions";
	}

	private String replanView(Visit visit, Model model) {
		model.addAttribute("visitId", visit.getId());
		model.addAttribute("customerName", this.access.customerName(visit.getCustomerId()));
		model.addAttribute("objective", visit.getObjective());
		model.addAttribute("plannedAt", visit.getPlannedAt());
		return REPLAN;
	}

	private String recordView(UserPrincipal user, Model model) {
		model.addAttribute("customers", this.choices.customers(user));
		RecordForm form = (RecordForm) model.getAttribute("recordForm");
		model.addAttribute("opportunities",
				(form != null && form.getCustomerId() != null)
						? this.choices.openOpportunities(user, form.getCustomerId(), form.getOpportunityId())
						: java.util.List.of());
		contactChoices(user, (form != null) ? form.getCustomerId() : null,
				(form != null) ? form.getContactIds() : java.util.List.of(), model);
		model.addAttribute("types", VisitType.values());
		return RECORD;
	}

	private String planView(UserPrincipal user, Model model) {
		model.addAttribute("customers", this.choices.customers(user));
		VisitForm form = (VisitForm) model.getAttribute("visitForm");
		model.addAttribute("opportunities",
				(form != null && form.getCustomerId() != null)
						? this.choices.openOpportunities(user, form.getCustomerId(), form.getOpportunityId())
						: java.util.List.of());
		contactChoices(user, (form != null) ? form.getCustomerId() : null,
				(form != null) ? form.getContactIds() : java.util.List.of(), model);
		model.addAttribute("types", VisitType.values());
		return PLAN;
	}

}
