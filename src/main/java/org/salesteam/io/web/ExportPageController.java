package org.salesteam.io.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerExports;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.io.internal.ExportFormat;
import org.salesteam.io.internal.Exports;
import org.salesteam.io.internal.FileRejectedException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The export buttons of the customer list page: {@code /exports/{customers|contacts}}
 * with the page's own query parameters ({@code owner} is {@code pool} or an owner id), so
 * the file holds what the list shows.
 */
@Controller
class ExportPageController {

	private final Exports exports;

	private final Clock clock;

	ExportPageController(Exports exports, Clock clock) {
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/exports/customers")
	void customers(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(name = "format", defaultValue = "xlsx") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) CustomerStatus status,
			@RequestParam(required = false) CustomerClass customerClass,
			@RequestParam(required = false) Long territoryId, @RequestParam(required = false) Long segmentId,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Boolean keyAccount,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "false") boolean desc,
			HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.parse(format);
		ImportWeb.attachment(response, chosen.extension(), "customers-" + LocalDate.now(this.clock));
		this.exports.customers(user,
				criteria(q, status, customerClass, territoryId, segmentId, owner, keyAccount, sort, desc), chosen,
				LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/exports/contacts")
	void contacts(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(name = "format", defaultValue = "xlsx") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) CustomerStatus status,
			@RequestParam(required = false) CustomerClass customerClass,
			@RequestParam(required = false) Long territoryId, @RequestParam(required = false) Long segmentId,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Boolean keyAccount,
			HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.parse(format);
		ImportWeb.attachment(response, chosen.extension(), "contacts-" + LocalDate.now(this.clock));
		this.exports.contacts(user,
				criteria(q, status, customerClass, territoryId, segmentId, owner, keyAccount, "code", false), chosen,
				LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@ExceptionHandler(FileRejectedException.class)
	void rejected(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	private static CustomerExports.Criteria criteria(String q, CustomerStatus status, CustomerClass customerClass,
			Long territoryId, Long segmentId, String owner, Boolean keyAccount, String sort, boolean desc) {
		boolean pool = "pool".equals(owner);
		Long ownerId = (!pool && owner != null && owner.matches("\\d{1,18}")) ? Long.valueOf(owner) : null;
		return new CustomerExports.Criteria(q, status, customerClass, territoryId, segmentId, ownerId, pool, keyAccount,
				sort, desc);
	}

}
