package org.salesteam.service.internal;

import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service module's one access class: a user works the service requests of the
 * customers they read — by owner (a rep, the rep's manager, directors and admins) or on
 * the customer's account team (support staff: the accounts they are assigned to). A
 * request or customer outside that is not found.
 */
@Component
public class ServiceAccess {

	static final String ENTITY = "service.entity.request";

	private final VisibilityPolicy policy;

	private final ServiceRequestRepository requests;

	private final JdbcClient jdbc;

	ServiceAccess(VisibilityPolicy policy, ServiceRequestRepository requests, JdbcClient jdbc) {
		this.policy = policy;
		this.requests = requests;
		this.jdbc = jdbc;
	}

	/** The condition on the customer table (alias {@code c}) for the user's customers. */
	public Visibility.Where customers(UserPrincipal user) {
		return this.policy.of(user).where("c.owner_id", "c.id");
	}

	/** The customer's class if the user may work its requests, else not found. */
	String customerClass(UserPrincipal user, long customerId) {
		Visibility.Where where = customers(user);
		return where
			.bind(this.jdbc.sql("select c.customer_class from customer c where c.id = :customer and " + where.sql()))
			.param("customer", customerId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("entity.customer", customerId));
	}

	/** The request if the user may work it, else not found. */
	ServiceRequest request(UserPrincipal user, long id) {
		ServiceRequest request = this.requests.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		Visibility.Where where = customers(user);
		boolean seen = where
			.bind(this.jdbc.sql("select count(*) from customer c where c.id = :customer and " + where.sql()))
			.param("customer", request.getCustomerId())
			.query(Long.class)
			.single() > 0;
		if (!seen) {
			throw new NotFoundException(ENTITY, id);
		}
		return request;
	}

}
