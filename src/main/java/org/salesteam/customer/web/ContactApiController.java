package org.salesteam.customer.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.salesteam.customer.Attitude;
import org.salesteam.customer.BuyingRole;
import org.salesteam.customer.Contact;
import org.salesteam.customer.internal.ContactEditing;
import org.salesteam.customer.internal.ContactQueries;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The contacts of visible customers under {@code /api/v1}. */
@RestController
@Tag(name = "contacts")
class ContactApiController {

	record ContactRequest(
			@NotBlank(message = "{customer.validation.required}") @Size(max = 100,
					message = "{customer.validation.max.contact.name}") String name,
			@Size(max = 100, message = "{customer.validation.max.contact.title}") String title,
			@Size(max = 100, message = "{customer.validation.max.contact.department}") String department,
			@Size(max = 30, message = "{customer.validation.max.contact.mobile}") String mobile,
			@Size(max = 30, message = "{customer.validation.max.contact.officePhone}") String officePhone,
			@Email(message = "{customer.validation.email}") @Size(max = 200,
					message = "{customer.validation.max.contact.email}") String email,
			@Size(max = 100, message = "{customer.validation.max.contact.wechat}") String wechat, BuyingRole buyingRole,
			Attitude attitude,
			@Min(value = 1, message = "{contact.error.influence}") @Max(value = 5,
					message = "{contact.error.influence}") Integer influence,
			Long reportsToId, @Size(max = 2000, message = "{customer.validation.max.contact.notes}") String notes,
			Integer version) {

		Contact.Details toDetails() {
			return new Contact.Details(this.name, this.title, this.department, this.mobile, this.officePhone,
					this.email, this.wechat, this.buyingRole, this.attitude,
					(this.influence != null) ? this.influence : 3, this.reportsToId, this.notes);
		}

	}

	private final ContactQueries contacts;

	private final ContactEditing editing;

	ContactApiController(ContactQueries contacts, ContactEditing editing) {
		this.contacts = contacts;
		this.editing = editing;
	}

	@GetMapping("/api/v1/customers/{customerId}/contacts")
	@Operation(summary = "The contacts of a visible customer")
	List<ContactView> list(@AuthenticationPrincipal UserPrincipal user, @PathVariable long customerId) {
		return this.contacts.of(user, customerId).stream().map(ContactView::of).toList();
	}

	@PostMapping("/api/v1/customers/{customerId}/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a contact to a visible customer")
	ContactView create(@AuthenticationPrincipal UserPrincipal user, @PathVariable long customerId,
			@Valid @RequestBody ContactRequest request) {
		return ContactView.of(this.editing.add(user, customerId, request.toDetails()));
	}

	@GetMapping("/api/v1/contacts/{id}")
	@Operation(summary = "One contact of a visible customer")
	ContactView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return ContactView.of(this.editing.visible(user, id));
	}

	@PutMapping("/api/v1/contacts/{id}")
	@Operation(summary = "Change a contact; a stale version answers 409")
	ContactView update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody ContactRequest request) {
		this.editing.visible(user, id);
		if (request.version() == null) {
			throw BusinessRuleException.onField("version", "customer.validation.required");
		}
		return ContactView.of(this.editing.change(user, id, request.version(), request.toDetails()));
	}

}
