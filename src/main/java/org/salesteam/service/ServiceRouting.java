package org.salesteam.service;

import java.util.Optional;

/**
 * SPI: who works a new service request of a customer, and how much shorter its deadlines
 * are than the customer class's (ADR 0052). Implemented by a module above {@code service}
 * ({@code keyaccount}: by account-team role and portfolio box); with no implementation,
 * or an empty answer, a request has no assignee and the class's deadlines.
 */
public interface ServiceRouting {

	/**
	 * The route of a new request of {@code type} for {@code customerId}, or empty when
	 * the customer is not routed (e.g. not a key account).
	 */
	Optional<Route> route(long customerId, ServiceRequestType type);

	/**
	 * Where a request goes.
	 *
	 * @param assigneeId the user who works it
	 * @param role the account-team role they were chosen by (e.g. {@code QUALITY})
	 * @param responseMinutes a first-response deadline in working minutes, or null: the
	 * shorter of it and the class's is used
	 * @param resolutionMinutes a resolution deadline in working minutes, or null; as
	 * above
	 */
	record Route(long assigneeId, String role, Long responseMinutes, Long resolutionMinutes) {

		/** The deadline used: the shorter of the class's and this route's. */
		public static long shorter(long classMinutes, Long routeMinutes) {
			return (routeMinutes == null) ? classMinutes : Math.min(classMinutes, routeMinutes);
		}

	}

}
