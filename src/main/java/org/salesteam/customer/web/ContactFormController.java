package org.salesteam.customer.web;

import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.customer.Attitude;
import org.salesteam.customer.BuyingRole;
import org.salesteam.customer.Contact;
import org.salesteam.customer.Customer;
import org.salesteam.customer.internal.ContactEditing;
import org.salesteam.customer.internal.ContactQueries;
import org.salesteam.customer.internal.CustomerAccess;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing the contacts of a visible customer. */
@Controller
class ContactFormController {

	private static final String VIEW = "customer/contact-form";

	private final ContactEditing editing;

	private final ContactQueries contacts;

	private final CustomerAccess access;

	ContactFormController(ContactEditing editing, ContactQueries contacts, CustomerAccess access) {
		this.editing = editing;
		this.contacts = contacts;
		this.access = access;
	}

	@GetMapping("/customers/{customerId}/contacts/new")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @PathVariable long customerId) {
		return form(user, customerId, null, new ContactForm());
	}

	@PostMapping("/customers/{customerId}/contacts")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @PathVariable long customerId,
			@Valid ContactForm contactForm, BindingResult binding, RedirectAttributes redirect) {
		this.access.visible(user, customerId);
		if (!binding.hasErrors()) {
			try {
				this.editing.add(user, customerId, contactForm.toDetails());
				redirect.addFlashAttribute("message", "contact.saved");
				return WebSupport.seeOther("/customers/" + customerId);
			}
			catch (BusinessRuleException ex) {
				WebSupport.reject(binding, ex);
			}
		}
		return form(user, customerId, null, contactForm).addAllObjects(binding.getModel());
	}

	@GetMapping("/contacts/{id}/edit")
	ModelAndView edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		Contact contact = this.editing.visible(user, id);
		return form(user, contact.getCustomerId(), contact, ContactForm.from(contact));
	}

	@PostMapping("/contacts/{id}")
	ModelAndView edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid ContactForm contactForm, BindingResult binding, RedirectAttributes redirect) {
		Contact contact = this.editing.visible(user, id);
		if (!binding.hasErrors()) {
			try {
				this.editing.change(user, id, contactForm.getVersion(), contactForm.toDetails());
				redirect.addFlashAttribute("message", "contact.saved");
				return WebSupport.seeOther("/customers/" + contact.getCustomerId());
			}
			catch (BusinessRuleException ex) {
				WebSupport.reject(binding, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				binding.reject("problem.concurrentChange");
			}
		}
		return form(user, contact.getCustomerId(), contact, contactForm).addAllObjects(binding.getModel());
	}

	private ModelAndView form(UserPrincipal user, long customerId, Contact contact, ContactForm form) {
		Customer customer = this.access.visible(user, customerId);
		List<Contact> others = this.contacts.of(user, customerId)
			.stream()
			.filter((other) -> contact == null || !other.getId().equals(contact.getId()))
			.toList();
		return new ModelAndView(VIEW).addObject("customer", customer)
			.addObject("contactId", (contact != null) ? contact.getId() : null)
			.addObject("others", others)
			.addObject("roles", BuyingRole.values())
			.addObject("attitudes", Attitude.values())
			.addObject("contactForm", form);
	}

}
