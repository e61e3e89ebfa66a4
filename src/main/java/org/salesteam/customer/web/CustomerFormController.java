package org.salesteam.customer.web;

import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.customer.CompanySize;
import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.EnterpriseType;
import org.salesteam.customer.internal.CustomerAccess;
import org.salesteam.customer.internal.CustomerEditing;
import org.salesteam.customer.internal.DuplicateCustomerException;
import org.salesteam.customer.internal.OwnerChoices;
import org.salesteam.customer.internal.ReferenceData;
import org.salesteam.customer.internal.SimilarCustomers;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

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

/** Registering a customer and changing a visible customer's data. */
@Controller
class CustomerFormController {

	private static final String VIEW = "customer/form";

	private final CustomerEditing editing;

	private final CustomerAccess access;

	private final ReferenceData reference;

	private final OwnerChoices owners;

	private final SimilarCustomers similar;

	CustomerFormController(CustomerEditing editing, CustomerAccess access, ReferenceData reference, OwnerChoices owners,
			SimilarCustomers similar) {
		this.similar = similar;
		this.editing = editing;
		this.access = access;
		this.reference = reference;
		this.owners = owners;
	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("enterpriseTypes", EnterpriseType.values());
		model.addAttribute("sizes", CompanySize.values());
		model.addAttribute("sources", CustomerSource.values());
		model.addAttribute("territories", this.reference.territories());
		model.addAttribute("segments", this.reference.segments());
		model.addAttribute("owners", this.owners.assignable(user));
		model.addAttribute("choosesOwner", user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN));
		model.addAttribute("editsCode", user.hasRole(Role.ADMIN));
	}

	/**
	 * The duplicate check while the user types (htmx): the similar customers' panel of
	 * the form.
	 */
	@GetMapping("/customers/similar")
	String similar(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String taxId, @RequestParam(required = false) String phone, Model model) {
		similarPanel(model, this.similar.find(user, name, phone, taxId, null), false);
		return "customer/similar :: panel";
	}

	private static void similarPanel(Model model, List<SimilarCustomers.Match> matches, boolean confirmed) {
		model.addAttribute("similar", matches);
		model.addAttribute("similarExact", matches.stream().anyMatch(SimilarCustomers.Match::exact));
		model.addAttribute("confirmDuplicate", confirmed);
	}

	@GetMapping("/customers/new")
	String create(@AuthenticationPrincipal UserPrincipal user, Model model) {
		CustomerForm form = new CustomerForm();
		form.setOwnerId(user.hasAnyRole(Role.REP, Role.MANAGER) ? user.id() : null);
		model.addAttribute("customerForm", form);
		return VIEW;
	}

	@PostMapping("/customers")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @Valid CustomerForm customerForm,
			BindingResult binding, RedirectAttributes redirect, Model model) {
		if (!binding.hasErrors()) {
			try {
				Customer customer = this.editing.register(user, customerForm.toProfile(), customerForm.getOwnerId(),
						customerForm.isConfirmDuplicate());
				redirect.addFlashAttribute("message", "customer.saved");
				return WebSupport.seeOther("/customers/" + customer.getId());
			}
			catch (DuplicateCustomerException ex) {
				binding.reject("customer.duplicate.required");
				similarPanel(model, ex.matches(), false);
			}
			catch (BusinessRuleException ex) {
				WebSupport.reject(binding, ex);
			}
		}
		return new ModelAndView(VIEW, binding.getModel()).addAllObjects(model.asMap())
			.addObject("customerForm", customerForm);
	}

	@GetMapping("/customers/{id}/edit")
	String edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Customer customer = this.access.visible(user, id);
		model.addAttribute("customerId", id);
		model.addAttribute("customerForm", CustomerForm.from(customer));
		return VIEW;
	}

	@PostMapping("/customers/{id}")
	ModelAndView edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid CustomerForm customerForm, BindingResult binding, RedirectAttributes redirect) {
		this.access.visible(user, id);
		if (!binding.hasErrors()) {
			try {
				this.editing.revise(user, id, customerForm.getVersion(), customerForm.toProfile());
				redirect.addFlashAttribute("message", "customer.saved");
				return WebSupport.seeOther("/customers/" + id);
			}
			catch (BusinessRuleException ex) {
				WebSupport.reject(binding, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				binding.reject("problem.concurrentChange");
			}
		}
		return new ModelAndView(VIEW, binding.getModel()).addObject("customerForm", customerForm)
			.addObject("customerId", id);
	}

}
