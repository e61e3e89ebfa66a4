package org.salesteam.customer.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.customer.internal.CustomerChangeLog;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers/{id}/changes}: a visible customer's change log. */
@RestController
@Tag(name = "customers")
class CustomerChangesApiController {

	private final CustomerChangeLog changeLog;

	CustomerChangesApiController(CustomerChangeLog changeLog) {
		this.changeLog = changeLog;
	}

	@GetMapping("/api/v1/customers/{id}/changes")
	@Operation(summary = "The customer's changes, newest first, one per field: when (local time to the minute), "
			+ "who, the source (the application or the import job), the field and the values as shown "
			+ "(names, translated states)")
	List<CustomerChangeLog.Line> changes(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.changeLog.of(user, id, LocaleContextHolder.getLocale());
	}

}
