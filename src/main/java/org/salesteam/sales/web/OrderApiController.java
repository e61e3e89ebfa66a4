package org.salesteam.sales.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.SalesOrder;
import org.salesteam.sales.internal.OrderActions;
import org.salesteam.sales.internal.OrderFilter;
import org.salesteam.sales.internal.OrderLineList;
import org.salesteam.sales.internal.OrderList;
import org.salesteam.sales.internal.OrderPlacement;
import org.salesteam.sales.internal.SalesAccess;
import org.salesteam.sales.internal.SalesNames;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/orders} and {@code /api/v1/order-lines}: the caller's visible orders,
 * placing them with the credit check, and what happens to them afterwards. An order or
 * customer the caller may not see answers 404.
 */
@RestController
@Tag(name = "orders")
class OrderApiController {

	/*
	 * The bodies of the actions are checked after the order's visibility, by the order
	 * itself (422 on the field), so an invisible order answers 404 whatever the body.
	 */

	record ReasonRequest(String reason) {
	}

	record DateRequest(LocalDate date) {
	}

	record AmountRequest(LocalDate date, BigDecimal amount) {
	}

	record InvoiceRequest(LocalDate date, BigDecimal amount) {
	}

	private final OrderList list;

	private final OrderLineList lines;

	private final OrderPlacement placement;

	private final OrderActions actions;

	private final SalesAccess access;

	private final SalesNames names;

	private final Clock clock;

	OrderApiController(OrderList list, OrderLineList lines, OrderPlacement placement, OrderActions actions,
			SalesAccess access, SalesNames names, Clock clock) {
		this.list = list;
		this.lines = lines;
		this.placement = placement;
		this.actions = actions;
		this.access = access;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/api/v1/orders")
	@Operation(summary = "Visible orders, filtered and sorted; nextPage is null on the last page")
	OrderList.Page list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long territoryId,
			@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "date") String sort, @RequestParam(defaultValue = "true") boolean desc,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		return this.list.find(user, new OrderFilter(q, status, from, to, ownerId, territoryId, customerId, overdue,
				sort, desc, page, size));
	}

	@GetMapping("/api/v1/order-lines")
	@Operation(summary = "Visible order lines as one flat list, newest orders first")
	OrderLineList.Page lines(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long territoryId,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long productId,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.lines.find(user,
				new OrderFilter(q, status, from, to, ownerId, territoryId, customerId, false, "date", true, page, size),
				productId, category);
	}

	@GetMapping("/api/v1/orders/{id}")
	@Operation(summary = "One visible order with its lines and payments")
	OrderView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return view(this.access.order(user, id));
	}

	@PostMapping("/api/v1/orders")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Place an order for a visible customer; over the credit limit it is refused (422) "
			+ "unless approved with creditApprovalReason by the rep's manager or a director, or held "
			+ "for approval with holdForApproval")
	OrderView create(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody OrderRequest request) {
		return view(this.placement.place(user, request.toNewOrder()));
	}

	@PostMapping("/api/v1/orders/{id}/cancel")
	@Operation(summary = "Cancel an order with a reason")
	OrderView cancel(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) ReasonRequest request) {
		return view(this.actions.cancel(user, id, (request != null) ? request.reason() : null));
	}

	@PostMapping("/api/v1/orders/{id}/deliver")
	@Operation(summary = "Record the delivery (date optional: today)")
	OrderView deliver(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) DateRequest request) {
		return view(this.actions.deliver(user, id, (request != null) ? request.date() : null));
	}

	@PostMapping("/api/v1/orders/{id}/invoice")
	@Operation(summary = "Record the invoice (date optional: today; amount optional: the order's net amount)")
	OrderView invoice(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) InvoiceRequest request) {
		return view(this.actions.invoice(user, id, (request != null) ? request.date() : null,
				(request != null) ? request.amount() : null));
	}

	@PostMapping("/api/v1/orders/{id}/payments")
	@Operation(summary = "Record a payment received against the invoice")
	OrderView pay(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) AmountRequest request) {
		return view(this.actions.receivePayment(user, id, (request != null) ? request.date() : null,
				(request != null) ? request.amount() : null));
	}

	@PostMapping("/api/v1/orders/{id}/credit-approval")
	@Operation(summary = "Approve an order on credit hold (the rep's manager or a director)")
	OrderView approve(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) ReasonRequest request) {
		return view(this.actions.approveCredit(user, id, (request != null) ? request.reason() : null));
	}

	private OrderView view(SalesOrder order) {
		return OrderView.of(order, this.names, LocalDate.now(this.clock));
	}

}
