package org.salesteam.service.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.service.ServiceRequestType;
import org.salesteam.service.internal.ServiceRequest;
import org.salesteam.service.internal.ServiceRequestList;
import org.salesteam.service.internal.ServiceRequests;

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
 * {@code /api/v1/service-requests}: complaints and service requests of the customers the
 * caller works (owner, manager, director, or on the account team — support staff); a
 * request or customer outside that is 404. Deadlines in working time by the customer's
 * class; {@code sla} tells how a request stands (ON_TRACK, WARNING at 75 %, BREACHED, and
 * once closed MET or MISSED).
 */
@RestController
@Tag(name = "service")
class ServiceRequestApiController {

	record CloseBody(String rootCause, String correctiveAction) {
	}

	record View(long id, long customerId, String customerCode, String customerName, Long orderId,
			ServiceRequestType type, String severity, String subject, String description, String customerClass,
			ServiceRequest.Status status, Instant openedAt, Instant firstResponseDueAt, Instant firstResponseAt,
			Instant resolutionDueAt, int pausedMinutes, ServiceRequest.Sla sla, Instant closedAt, String rootCause,
			String correctiveAction, Boolean withinDeadline, Long assigneeId, String assigneeName, String routedRole) {

		static View of(ServiceRequestList.Row row) {
			ServiceRequest r = row.request();
			return new View(r.getId(), r.getCustomerId(), row.customerCode(), row.customerName(), r.getOrderId(),
					r.getType(), r.getSeverity(), r.getSubject(), r.getDescription(), r.getCustomerClass(),
					r.getStatus(), r.getOpenedAt(), r.getResponseDueAt(), r.getFirstResponseAt(),
					r.getResolutionDueAt(), r.getPausedMinutes(), row.sla(), r.getClosedAt(), r.getRootCause(),
					r.getCorrectiveAction(), r.getResolvedInTime(), r.getAssigneeId(), row.assigneeName(),
					r.getRoutedRole());
		}

	}

	record Items(java.util.List<View> items, long total) {
	}

	private final ServiceRequests requests;

	private final ServiceRequestList list;

	private final Clock clock;

	ServiceRequestApiController(ServiceRequests requests, ServiceRequestList list, Clock clock) {
		this.requests = requests;
		this.list = list;
		this.clock = clock;
	}

	@PostMapping("/api/v1/service-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a complaint or service request (type COMPLAINT, QUALITY, DELIVERY, INVOICE, TECHNICAL, "
			+ "SAMPLE, QUOTE, RUSH_JOB, OTHER; severity LOW, NORMAL, HIGH, CRITICAL)")
	View open(@AuthenticationPrincipal UserPrincipal user, @RequestBody ServiceRequests.NewRequest body) {
		ServiceRequest opened = this.requests.open(user, body);
		return View.of(this.list.one(user, opened.getId()));
	}

	@GetMapping("/api/v1/service-requests")
	@Operation(summary = "Requests of the caller's customers; status OPEN, WAITING_CUSTOMER, CLOSED or ACTIVE (not "
			+ "closed); sla ON_TRACK, WARNING, BREACHED, MET, MISSED; the most urgent first")
	Items list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) String type,
			@RequestParam(required = false) String sla, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		if (page < 0 || size < 1 || size > 500) {
			throw BusinessRuleException.onField((page < 0) ? "page" : "size", "service.error.paging");
		}
		ServiceRequestList.Page found = this.list.find(user, status, customerId, type, sla, page, size);
		return new Items(found.items().stream().map(View::of).toList(), found.total());
	}

	@GetMapping("/api/v1/service-requests/{id}")
	View one(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return View.of(this.list.one(user, id));
	}

	@GetMapping("/api/v1/service-requests/summary")
	@Operation(summary = "SLA_MET of a period (closed within the deadline ÷ closed; default: this month) and the open "
			+ "requests breached and warned now")
	ServiceRequestList.Summary summary(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate today = LocalDate.now(this.clock);
		return this.list.summary(user, (from != null) ? from : today.withDayOfMonth(1), (to != null) ? to : today);
	}

	@PostMapping("/api/v1/service-requests/{id}/respond")
	View respond(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.requests.respond(user, id);
		return View.of(this.list.one(user, id));
	}

	@PostMapping("/api/v1/service-requests/{id}/wait")
	@Operation(summary = "Waiting for the customer: the deadlines' clock stops")
	View waitForCustomer(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.requests.waitForCustomer(user, id);
		return View.of(this.list.one(user, id));
	}

	@PostMapping("/api/v1/service-requests/{id}/resume")
	@Operation(summary = "The customer answered: the clock runs again, the deadlines moved by the time waited")
	View resume(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.requests.resume(user, id);
		return View.of(this.list.one(user, id));
	}

	@PostMapping("/api/v1/service-requests/{id}/close")
	@Operation(summary = "Close with root cause and corrective action; a complaint counts in COMPLAINTS_RESOLVED")
	View close(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestBody CloseBody body) {
		this.requests.close(user, id, body.rootCause(), body.correctiveAction());
		return View.of(this.list.one(user, id));
	}

}
