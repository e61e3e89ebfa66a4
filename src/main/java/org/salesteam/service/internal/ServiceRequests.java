package org.salesteam.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.service.ServiceRequestAssigned;
import org.salesteam.service.ServiceRequestClosed;
import org.salesteam.service.ServiceRequestType;
import org.salesteam.service.ServiceRouting;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, answers, pauses and closes service requests for the customers the user works
 * ({@link ServiceAccess}); deadlines by the customer's class from
 * {@link ServiceSettings}, in working time. A new request is routed by the
 * {@link ServiceRouting} implementations (the first that answers): it gets an assignee,
 * the shorter of the class's and the route's deadlines, and publishes
 * {@link ServiceRequestAssigned}. Closing publishes {@link ServiceRequestClosed} in the
 * same transaction.
 */
@Service
public class ServiceRequests {

	/** What a new request says. */
	public record NewRequest(Long customerId, Long orderId, String type, String severity, String subject,
			String description) {
	}

	private static final Set<String> SEVERITIES = Set.of("LOW", "NORMAL", "HIGH", "CRITICAL");

	private final ServiceAccess access;

	private final ServiceRequestRepository requests;

	private final ServiceSettings settings;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final List<ServiceRouting> routings;

	private final Clock clock;

	ServiceRequests(ServiceAccess access, ServiceRequestRepository requests, ServiceSettings settings,
			ApplicationEventPublisher events, JdbcClient jdbc, List<ServiceRouting> routings, Clock clock) {
		this.access = access;
		this.routings = List.copyOf(routings);
		this.requests = requests;
		this.settings = settings;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public ServiceRequest open(UserPrincipal user, NewRequest input) {
		return open(user, input, this.clock.instant());
	}

	private ServiceRequest open(UserPrincipal user, NewRequest input, Instant at) {
		if (input.customerId() == null) {
			throw BusinessRuleException.onField("customerId", "service.error.required");
		}
		ServiceRequestType type = parse(input.type());
		String severity = (input.severity() == null || input.severity().isBlank()) ? "NORMAL"
				: input.severity().trim().toUpperCase(Locale.ROOT);
		if (!SEVERITIES.contains(severity)) {
			throw BusinessRuleException.onField("severity", "service.error.severity", input.severity());
		}
		if (input.subject() == null || input.subject().isBlank()) {
			throw BusinessRuleException.onField("subject", "service.error.required");
		}
		if (input.subject().length() > 200) {
			throw BusinessRuleException.onField("subject", "service.error.tooLong", 200);
		}
		if (input.description() != null && input.description().length() > 2000) {
			throw BusinessRuleException.onField("description", "service.error.tooLong", 2000);
		}
		String customerClass = this.access.customerClass(user, input.customerId());
		if (input.orderId() != null
				&& this.jdbc.sql("select count(*) from sales_order where id = :o and customer_id = :c")
					.param("o", input.orderId())
					.param("c", input.customerId())
					.query(Long.class)
					.single() == 0) {
			throw BusinessRuleException.onField("orderId", "service.error.order");
		}
		Optional<ServiceRouting.Route> route = route(input.customerId(), type);
		ServiceRequest request = new ServiceRequest(input.customerId(), input.orderId(), type, severity,
				input.subject().trim(), input.description(), customerClass, at, user.id(),
				ServiceRouting.Route.shorter(this.settings.responseMinutes(customerClass),
						route.map(ServiceRouting.Route::responseMinutes).orElse(null)),
				ServiceRouting.Route.shorter(this.settings.resolutionMinutes(customerClass),
						route.map(ServiceRouting.Route::resolutionMinutes).orElse(null)),
				this.settings.workingTime());
		route.ifPresent((r) -> request.assign(r.assigneeId(), r.role()));
		ServiceRequest saved = this.requests.save(request);
		route.ifPresent((r) -> this.events.publishEvent(new ServiceRequestAssigned(saved.getId(), saved.getCustomerId(),
				type, saved.getSubject(), r.assigneeId(), r.role(), user.id())));
		return saved;
	}

	/** The route of a new request: the first routing that answers, if any. */
	Optional<ServiceRouting.Route> route(long customerId, ServiceRequestType type) {
		return this.routings.stream()
			.map((routing) -> routing.route(customerId, type))
			.flatMap(Optional::stream)
			.findFirst();
	}

	@Transactional
	public ServiceRequest respond(UserPrincipal user, long id) {
		ServiceRequest request = this.access.request(user, id);
		request.respond(this.clock.instant());
		return this.requests.save(request);
	}

	@Transactional
	public ServiceRequest waitForCustomer(UserPrincipal user, long id) {
		ServiceRequest request = this.access.request(user, id);
		request.waitForCustomer(this.clock.instant());
		return this.requests.save(request);
	}

	@Transactional
	public ServiceRequest resume(UserPrincipal user, long id) {
		ServiceRequest request = this.access.request(user, id);
		request.resume(this.clock.instant(), this.settings.workingTime());
		return this.requests.save(request);
	}

	@Transactional
	public ServiceRequest close(UserPrincipal user, long id, String rootCause, String correctiveAction) {
		return close(user.id(), this.access.request(user, id), rootCause, correctiveAction, this.clock.instant());
	}

	/** Closes the request as {@code userId} at {@code at} (demo data: in the past). */
	ServiceRequest close(long userId, ServiceRequest request, String rootCause, String correctiveAction, Instant at) {
		request.close(at, userId, rootCause, correctiveAction, this.settings.workingTime());
		ServiceRequest saved = this.requests.save(request);
		this.events.publishEvent(new ServiceRequestClosed(saved.getId(), saved.getCustomerId(), saved.getType(), userId,
				LocalDate.ofInstant(at, java.time.ZoneId.of(this.settings.zone())), saved.getResolvedInTime(),
				saved.getRootCause()));
		return saved;
	}

	private static ServiceRequestType parse(String type) {
		if (type == null || type.isBlank()) {
			throw BusinessRuleException.onField("type", "service.error.required");
		}
		try {
			return ServiceRequestType.valueOf(type.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField("type", "service.error.type", type);
		}
	}

}
