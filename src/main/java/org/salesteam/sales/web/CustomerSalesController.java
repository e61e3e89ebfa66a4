package org.salesteam.sales.web;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.CustomerSalesFigures;
import org.salesteam.sales.internal.OpportunityFilter;
import org.salesteam.sales.internal.OpportunityList;
import org.salesteam.sales.internal.OrderFilter;
import org.salesteam.sales.internal.OrderList;
import org.salesteam.sales.internal.SalesAccess;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /customers/{id}/sales}: the sales part of the customer 360 page as a fragment
 * the customer page loads with htmx — headline figures, the overdue flag, opportunities
 * and recent orders. The customer module knows nothing of sales; the customer's
 * visibility is checked here too.
 */
@Controller
class CustomerSalesController {

	private static final int RECENT_ORDERS = 10;

	private final SalesAccess access;

	private final CustomerSalesFigures figures;

	private final OrderList orders;

	private final OpportunityList opportunities;

	CustomerSalesController(SalesAccess access, CustomerSalesFigures figures, OrderList orders,
			OpportunityList opportunities) {
		this.access = access;
		this.figures = figures;
		this.orders = orders;
		this.opportunities = opportunities;
	}

	@GetMapping("/customers/{id}/sales")
	String sales(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		this.access.customer(user, id);
		model.addAttribute("customerId", id);
		model.addAttribute("figures", this.figures.of(id));
		model.addAttribute("orders", this.orders.find(user, OrderFilter.ofCustomer(id, RECENT_ORDERS)));
		model.addAttribute("opportunities", this.opportunities.find(user, OpportunityFilter.ofCustomer(id)));
		return "sales/customer-sales :: sales";
	}

}
