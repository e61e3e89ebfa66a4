package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderStatus;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What hangs off one opportunity, for its page: the orders placed from it and the visits
 * linked to it, each limited to what the user may see.
 * <p>
 * The visits are read from the visit module's {@code visit} table by SQL (read only, its
 * {@code opportunity_id}, dates, type, status and objective). The {@code visit} module
 * already reads the {@code opportunity} table the same way to offer and check the link; a
 * Java dependency of {@code sales} on {@code visit} would change the module map, so the
 * table is the contract. Visit visibility (by the visiting rep, or the customer's account
 * team) comes from {@link SalesAccess#visits}, the same rule the visit module applies.
 */
@Component
public class OpportunityRecords {

	/** An order placed from the opportunity. */
	public record Order(long id, String number, LocalDate orderDate, OrderStatus status, BigDecimal netAmount) {
	}

	/**
	 * A visit linked to the opportunity; {@code type} and {@code status} are the visit
	 * module's names (messages {@code visit.type.*}, {@code visit.status.*}).
	 */
	public record Visit(long id, LocalDate visitDate, String type, String status, String objective, String repName) {
	}

	private final JdbcClient jdbc;

	private final SalesAccess access;

	OpportunityRecords(JdbcClient jdbc, SalesAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	public List<Order> orders(UserPrincipal user, long opportunityId) {
		Visibility.Where visible = this.access.orders(user);
		return this.jdbc.sql("""
				select o.id, o.order_number as number, o.order_date, o.status, o.net_amount
				from sales_order o
				where o.opportunity_id = :opportunity and %s
				order by o.order_date desc, o.id desc
				""".formatted(visible.sql()))
			.param("opportunity", opportunityId)
			.params(visible.params())
			.query(Order.class)
			.list();
	}

	public List<Visit> visits(UserPrincipal user, long opportunityId) {
		Visibility.Where visible = this.access.visits(user);
		return this.jdbc.sql("""
				select v.id, v.visit_date, v.visit_type as type, v.status, v.objective, u.display_name as rep_name
				from visit v
				left join app_user u on u.id = v.rep_id
				where v.opportunity_id = :opportunity and %s
				order by v.visit_date desc, v.id desc
				""".formatted(visible.sql()))
			.param("opportunity", opportunityId)
			.params(visible.params())
			.query(Visit.class)
			.list();
	}

}
