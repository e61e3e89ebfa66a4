package org.salesteam.keyaccount.internal;

import java.util.EnumMap;
import java.util.Map;

import org.salesteam.keyaccount.PortfolioBox;
import org.salesteam.service.ServiceRequestType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service routing table ({@code ka_service_route}: request type → account-team role)
 * and the deadlines by portfolio box ({@code ka_service_deadline}, working hours), V260,
 * in plain SQL. Callers check rights and validate before they write.
 */
@Component
class RoutingRows {

	/** The deadlines of one box in working hours; null: the customer class's. */
	record BoxDeadline(PortfolioBox box, Integer responseHours, Integer resolutionHours) {
	}

	private final JdbcClient jdbc;

	RoutingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The role of every type, a type without a row going to customer service. */
	Map<ServiceRequestType, TeamRole> routes() {
		Map<ServiceRequestType, TeamRole> routes = new EnumMap<>(ServiceRequestType.class);
		for (ServiceRequestType type : ServiceRequestType.values()) {
			routes.put(type, TeamRole.CUSTOMER_SERVICE);
		}
		this.jdbc.sql("select request_type, team_role from ka_service_route")
			.query((rs, row) -> Map.entry(ServiceRequestType.valueOf(rs.getString(1)),
					TeamRole.valueOf(rs.getString(2))))
			.list()
			.forEach((entry) -> routes.put(entry.getKey(), entry.getValue()));
		return routes;
	}

	/** The deadlines of every box (both null where none is stored). */
	Map<PortfolioBox, BoxDeadline> deadlines() {
		Map<PortfolioBox, BoxDeadline> deadlines = new EnumMap<>(PortfolioBox.class);
		for (PortfolioBox box : PortfolioBox.values()) {
			deadlines.put(box, new BoxDeadline(box, null, null));
		}
		this.jdbc.sql("select box, response_hours, resolution_hours from ka_service_deadline")
			.query((rs, row) -> new BoxDeadline(PortfolioBox.valueOf(rs.getString(1)), rs.getObject(2, Integer.class),
					rs.getObject(3, Integer.class)))
			.list()
			.forEach((deadline) -> deadlines.put(deadline.box(), deadline));
		return deadlines;
	}

	void replace(Map<ServiceRequestType, TeamRole> routes, Map<PortfolioBox, BoxDeadline> deadlines) {
		this.jdbc.sql("delete from ka_service_route").update();
		routes.forEach((type, role) -> this.jdbc
			.sql("insert into ka_service_route (request_type, team_role) values (:type, :role)")
			.param("type", type.name())
			.param("role", role.name())
			.update());
		this.jdbc.sql("delete from ka_service_deadline").update();
		deadlines.values()
			.forEach((deadline) -> this.jdbc.sql("""
					insert into ka_service_deadline (box, response_hours, resolution_hours)
					values (:box, :response, :resolution)""")
				.param("box", deadline.box().name())
				.param("response", deadline.responseHours())
				.param("resolution", deadline.resolutionHours())
				.update());
	}

}
