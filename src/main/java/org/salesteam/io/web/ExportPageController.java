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

	@GetMapping("/exports/products")
	void products(@RequestParam(name = "format", defaultValue = "xlsx") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "category") String sort,
			@RequestParam(defaultValue = "false") boolean desc, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.parse(format);
		ImportWeb.attachment(response, chosen.extension(), "products-" + LocalDate.now(this.clock));
		this.exports.products(new org.salesteam.product.ProductExports.Criteria(q, category, active, sort, desc),
				chosen, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping({ "/exports/orders", "/exports/order-lines" })
	void orders(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(name = "format", defaultValue = "xlsx") String format,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) org.salesteam.sales.OrderStatus status,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long territoryId,
			@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Long productId, @RequestParam(required = false) String category,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.parse(format);
		boolean lines = request.getRequestURI().endsWith("/order-lines");
		org.salesteam.sales.OrderExports.Criteria criteria = new org.salesteam.sales.OrderExports.Criteria(q, status,
				from, to, ownerId, territoryId, customerId, overdue, "date", true, lines ? productId : null,
				lines ? category : null);
		ImportWeb.attachment(response, chosen.extension(),
				(lines ? "order-lines-" : "orders-") + LocalDate.now(this.clock));
		if (lines) {
			this.exports.orderLines(user, criteria, chosen, LocaleContextHolder.getLocale(),
					response.getOutputStream());
		}
		else {
			this.exports.orders(user, criteria, chosen, LocaleContextHolder.getLocale(), response.getOutputStream());
		}
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
