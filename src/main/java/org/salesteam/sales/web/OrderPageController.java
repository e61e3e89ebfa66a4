package org.salesteam.sales.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.SalesOrder;
import org.salesteam.sales.internal.OrderActions;
import org.salesteam.sales.internal.SalesAccess;
import org.salesteam.sales.internal.SalesNames;

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
 * {@code /orders/{id}}: one visible order with its lines, payments and receivable, and
 * the actions on it; each action answers 303 back to the order with a message.
 */
@Controller
class OrderPageController {

	private final SalesAccess access;

	private final OrderActions actions;

	private final SalesNames names;

	private final Clock clock;

	OrderPageController(SalesAccess access, OrderActions actions, SalesNames names, Clock clock) {
		this.access = access;
		this.actions = actions;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/orders/{id}")
	String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		SalesOrder order = this.access.order(user, id);
		model.addAttribute("order", OrderView.of(order, this.names, LocalDate.now(this.clock)));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("mayApprove",
				order.getStatus() == OrderStatus.CREDIT_HOLD && this.access.isSuperiorOf(user, order.getOwnerId()));
		return "sales/order-show";
	}

	@PostMapping("/orders/{id}/deliver")
	ModelAndView deliver(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.actions.deliver(user, id, date), "sales.order.delivered");
	}

	@PostMapping("/orders/{id}/invoice")
	ModelAndView invoice(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) BigDecimal amount, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.actions.invoice(user, id, date, amount), "sales.order.invoiced");
	}

	@PostMapping("/orders/{id}/payments")
	ModelAndView pay(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) BigDecimal amount, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.actions.receivePayment(user, id, date, amount), "sales.order.paid");
	}

	@PostMapping("/orders/{id}/cancel")
	ModelAndView cancel(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.actions.cancel(user, id, reason), "sales.order.cancelled");
	}

	@PostMapping("/orders/{id}/credit-approval")
	ModelAndView approve(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.actions.approveCredit(user, id, reason), "sales.credit.approved");
	}

	private ModelAndView act(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
		try {
			action.run();
			redirect.addFlashAttribute("message", doneKey);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return Web.seeOther("/orders/" + id);
	}

}
