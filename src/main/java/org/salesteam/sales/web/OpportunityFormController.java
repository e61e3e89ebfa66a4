package org.salesteam.sales.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.Products;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.internal.OpportunityEditing;
import org.salesteam.sales.internal.SalesAccess;
import org.salesteam.sales.internal.SalesChoices;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opening an opportunity for a visible customer and changing a visible one. */
@Controller
class OpportunityFormController {

	private static final String VIEW = "sales/opportunity-form";

	private final OpportunityEditing editing;

	private final SalesAccess access;

	private final SalesChoices choices;

	private final Products products;

	private final Clock clock;

	OpportunityFormController(OpportunityEditing editing, SalesAccess access, SalesChoices choices, Products products,
			Clock clock) {
		this.editing = editing;
		this.access = access;
		this.choices = choices;
		this.products = products;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("customers", this.choices.customers(user));
		model.addAttribute("owners", this.choices.owners(user));
		model.addAttribute("products", this.products.active());
		model.addAttribute("choosesOwner", user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN));
	}

	@GetMapping("/opportunities/new")
	String create(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long customerId,
			Model model) {
		if (customerId != null) {
			this.access.customer(user, customerId);
		}
		model.addAttribute("opportunityForm", OpportunityForm.blank(customerId, LocalDate.now(this.clock)));
		return VIEW;
	}

	@PostMapping("/opportunities")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @Valid OpportunityForm opportunityForm,
			BindingResult binding, RedirectAttributes redirect) {
		if (opportunityForm.getCustomerId() == null) {
			binding.rejectValue("customerId", "sales.validation.required");
		}
		if (!binding.hasErrors()) {
			try {
				Opportunity opportunity = this.editing.open(user, opportunityForm.getCustomerId(),
						opportunityForm.getOwnerId(), opportunityForm.toData());
				redirect.addFlashAttribute("message", "sales.opportunity.saved");
				return Web.seeOther("/opportunities/" + opportunity.getId());
			}
			catch (BusinessRuleException ex) {
				Web.reject(binding, ex);
			}
		}
		opportunityForm.fillRows();
		return new ModelAndView(VIEW, binding.getModel()).addObject("opportunityForm", opportunityForm);
	}

	@GetMapping("/opportunities/{id}/edit")
	String edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("opportunityId", id);
		model.addAttribute("opportunityForm", OpportunityForm.from(this.access.opportunity(user, id)));
		return VIEW;
	}

	@PostMapping("/opportunities/{id}")
	ModelAndView edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid OpportunityForm opportunityForm, BindingResult binding, RedirectAttributes redirect) {
		this.access.opportunity(user, id);
		if (!binding.hasErrors()) {
			try {
				this.editing.revise(user, id, opportunityForm.getVersion(), opportunityForm.toData());
				redirect.addFlashAttribute("message", "sales.opportunity.saved");
				return Web.seeOther("/opportunities/" + id);
			}
			catch (BusinessRuleException ex) {
				Web.reject(binding, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				binding.reject("problem.concurrentChange");
			}
		}
		opportunityForm.fillRows();
		return new ModelAndView(VIEW, binding.getModel()).addObject("opportunityForm", opportunityForm)
			.addObject("opportunityId", id);
	}

}
