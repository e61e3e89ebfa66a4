package org.salesteam.sales.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.Products;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.sales.SalesOrder;
import org.salesteam.sales.internal.OrderPlacement;
import org.salesteam.sales.internal.SalesAccess;
import org.salesteam.sales.internal.SalesChoices;
import org.salesteam.sales.internal.SalesNames;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placing an order on a page, for a visible customer. An order over the credit limit
 * comes back with the reason; the user can then hold it for a manager's approval, or a
 * manager approves it at once with a reason. {@code /orders/new?opportunityId=…} fills
 * the form from a won opportunity (customer and products) and the order keeps the link.
 */
@Controller
class OrderFormController {

	private static final String VIEW = "sales/order-form";

	private final OrderPlacement placement;

	private final SalesAccess access;

	private final SalesChoices choices;

	private final Products products;

	private final SalesNames names;

	private final Clock clock;

	OrderFormController(OrderPlacement placement, SalesAccess access, SalesChoices choices, Products products,
			SalesNames names, Clock clock) {
		this.placement = placement;
		this.access = access;
		this.choices = choices;
		this.products = products;
		this.names = names;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("customers", this.choices.customers(user));
		model.addAttribute("owners", this.choices.owners(user));
		model.addAttribute("products", this.products.active());
		model.addAttribute("choosesOwner", user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN));
		model.addAttribute("mayApprove", user.hasAnyRole(Role.MANAGER, Role.DIRECTOR));
	}

	@GetMapping("/orders/new")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) Long opportunityId, RedirectAttributes redirect) {
		if (opportunityId != null) {
			Opportunity opportunity = this.access.opportunity(user, opportunityId);
			if (opportunity.getStage() != OpportunityStage.WON) {
				redirect.addFlashAttribute("error", "sales.order.error.opportunityNotWon");
				return Web.seeOther("/opportunities/" + opportunityId);
			}
			return form(OrderForm.from(opportunity, LocalDate.now(this.clock)));
		}
		if (customerId != null) {
			this.access.customer(user, customerId);
		}
		return form(OrderForm.blank(customerId, LocalDate.now(this.clock)));
	}

	@PostMapping("/orders")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @Valid OrderForm orderForm, BindingResult binding,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				SalesOrder order = this.placement.place(user, orderForm.toNewOrder());
				redirect.addFlashAttribute("message", "sales.order.placed");
				return Web.seeOther("/orders/" + order.getId());
			}
			catch (BusinessRuleException ex) {
				Web.reject(binding, ex);
			}
		}
		orderForm.fillRows();
		return new ModelAndView(VIEW, binding.getModel()).addObject("orderForm", orderForm)
			.addObject("opportunityName", opportunityName(orderForm));
	}

	private ModelAndView form(OrderForm orderForm) {
		return new ModelAndView(VIEW).addObject("orderForm", orderForm)
			.addObject("opportunityName", opportunityName(orderForm));
	}

	private String opportunityName(OrderForm orderForm) {
		return (orderForm.getOpportunityId() != null) ? this.names.opportunity(orderForm.getOpportunityId()) : null;
	}

}
