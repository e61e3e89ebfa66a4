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
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.ProductExports;
import org.salesteam.sales.OrderExports;
import org.salesteam.sales.OrderStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/{customers|contacts}/export?format=csv|xlsx} with the customer list's
 * filters: one header row (in the caller's language), one row per visible record,
 * streamed.
 */
@RestController
@Tag(name = "exports")
class ExportApiController {

	private final Exports exports;

	private final Clock clock;

	ExportApiController(Exports exports, Clock clock) {
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/api/v1/customers/export")
	@Operation(summary = "The visible customers matching the list's filters as CSV (UTF-8 with BOM) or .xlsx")
	void customers(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(name = "format", defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) CustomerStatus status,
			@RequestParam(name = "class", required = false) CustomerClass customerClass,
			@RequestParam(required = false) Long territoryId, @RequestParam(required = false) Long segmentId,
			@RequestParam(required = false) Long ownerId, @RequestParam(defaultValue = "false") boolean pool,
			@RequestParam(required = false) Boolean keyAccount, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "false") boolean desc, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.parse(format);
		CustomerExports.Criteria criteria = new CustomerExports.Criteria(q, status, customerClass, territoryId,
				segmentId, ownerId, pool, keyAccount, sort, desc);
		ImportWeb.attachment(response, chosen.extension(), "customers-" + LocalDate.now(this.clock));
		this.exports.customers(user, criteria, chosen, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/api/v1/contacts/export")
	@Operation(summary = "The contacts of the visible customers matching the customer list's filters")
	void contacts(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(name = "format", defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) CustomerStatus status,
			@RequestParam(name = "class", required = false) CustomerClass customerClass,
			@RequestParam(required = false) Long territoryId, @RequestParam(required = false) Long segmentId,
			@RequestParam(required = false) Long ownerId, @RequestParam(defaultValue = "false") boolean pool,
			@RequestParam(required = false) Boolean keyAccount, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.parse(format);
		CustomerExports.Criteria criteria = new CustomerExports.Criteria(q, status, customerClass, territoryId,
				segmentId, ownerId, pool, keyAccount, "code", false);
		ImportWeb.attachment(response, chosen.extension(), "contacts-" + LocalDate.now(this.clock));
		this.exports.contacts(user, criteria, chosen, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/api/v1/products/export")
	@Operation(summary = "The products matching the product list's filters")
	void products(@RequestParam(name = "format", defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "code") String sort,
			@RequestParam(defaultValue = "false") boolean desc, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.parse(format);
		ImportWeb.attachment(response, chosen.extension(), "products-" + LocalDate.now(this.clock));
		this.exports.products(new ProductExports.Criteria(q, category, active, sort, desc), chosen,
				LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/api/v1/orders/export")
	@Operation(summary = "The visible orders matching the order list's filters")
	void orders(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(name = "format", defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long territoryId,
			@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "date") String sort, @RequestParam(defaultValue = "true") boolean desc,
			HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.parse(format);
		OrderExports.Criteria criteria = new OrderExports.Criteria(q, status, from, to, ownerId, territoryId,
				customerId, overdue, sort, desc, null, null);
		ImportWeb.attachment(response, chosen.extension(), "orders-" + LocalDate.now(this.clock));
		this.exports.orders(user, criteria, chosen, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/api/v1/order-lines/export")
	@Operation(summary = "The lines of the visible orders matching the order-line list's filters; re-importable")
	void orderLines(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(name = "format", defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long territoryId,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long productId,
			@RequestParam(required = false) String category, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.parse(format);
		OrderExports.Criteria criteria = new OrderExports.Criteria(q, status, from, to, ownerId, territoryId,
				customerId, false, "date", true, productId, category);
		ImportWeb.attachment(response, chosen.extension(), "order-lines-" + LocalDate.now(this.clock));
		this.exports.orderLines(user, criteria, chosen, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

}
