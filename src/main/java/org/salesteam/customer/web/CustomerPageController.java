package org.salesteam.customer.web;

import java.util.List;
import java.util.Map;

import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.internal.ClassHistory;
import org.salesteam.customer.internal.ClassOverride;
import org.salesteam.customer.internal.ContactQueries;
import org.salesteam.customer.internal.CustomerAccess;
import org.salesteam.customer.internal.CustomerLifecycle;
import org.salesteam.platform.AuditTrail;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /customers/{id}}: one visible customer with its figures, contacts, org chart and
 * class history; the lifecycle actions and the manual class. Another user's customer
 * answers 404.
 */
@Controller
class CustomerPageController {

	private final CustomerAccess access;

	private final CustomerNames names;

	private final ContactQueries contacts;

	private final ClassHistory history;

	private final CustomerLifecycle lifecycle;

	private final ClassOverride classOverride;

	private final MessageSource messages;

	private final AuditTrail auditTrail;

	CustomerPageController(CustomerAccess access, CustomerNames names, ContactQueries contacts, ClassHistory history,
			CustomerLifecycle lifecycle, ClassOverride classOverride, MessageSource messages, AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
		this.access = access;
		this.names = names;
		this.contacts = contacts;
		this.history = history;
		this.lifecycle = lifecycle;
		this.classOverride = classOverride;
		this.messages = messages;
	}

	@GetMapping("/customers/{id}")
	String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Customer customer = this.access.readable(user, id);
		List<org.salesteam.customer.Contact> contactList = this.contacts.of(user, id);
		model.addAttribute("customer", customer);
		model.addAttribute("mayEdit", this.access.visibility(user).canSee(customer.getOwnerId()));
		model.addAttribute("names", this.names.of(customer));
		model.addAttribute("contacts", contactList);
		model.addAttribute("contactNames",
				contactList.stream()
					.collect(java.util.stream.Collectors.toMap(org.salesteam.customer.Contact::getId,
							org.salesteam.customer.Contact::getName)));
		model.addAttribute("history", this.history.of(id));
		// visibility was checked above: the audit trail itself applies none
		model.addAttribute("auditEntries", this.auditTrail.history("customer", id));
		model.addAttribute("classes", CustomerClass.values());
		model.addAttribute("mayOverride", ClassOverride.mayOverride(user));
		model.addAttribute("active", customer.getStatus() == CustomerStatus.ACTIVE);
		model.addAttribute("inactive",
				customer.getStatus() == CustomerStatus.DORMANT || customer.getStatus() == CustomerStatus.LOST);
		return "customer/show";
	}

	@GetMapping(path = "/customers/{id}/org-chart", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> orgChart(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		Customer customer = this.access.readable(user, id);
		return OrgChartOptions.of(customer.getName(), this.contacts.orgChart(user, id), this.messages,
				LocaleContextHolder.getLocale());
	}

	@PostMapping("/customers/{id}/lost")
	ModelAndView markLost(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.lifecycle.markLost(user, id, reason), "customer.lifecycle.markedLost");
	}

	@PostMapping("/customers/{id}/dormant")
	ModelAndView markDormant(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.lifecycle.markDormant(user, id), "customer.lifecycle.markedDormant");
	}

	@PostMapping("/customers/{id}/reactivate")
	ModelAndView reactivate(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.lifecycle.reactivate(user, id), "customer.lifecycle.reactivated");
	}

	@PostMapping("/customers/{id}/classification")
	ModelAndView overrideClass(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam CustomerClass newClass, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.classOverride.execute(user, List.of(id), newClass, (reason != null) ? reason : ""),
				"customer.class.overridden");
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
		return WebSupport.seeOther("/customers/" + id);
	}

}
