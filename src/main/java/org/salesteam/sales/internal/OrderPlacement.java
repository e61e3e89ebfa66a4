package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.Customers;
import org.salesteam.customer.Customers.CustomerSummary;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.Products;
import org.salesteam.product.Products.ProductSummary;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.sales.OrderLine;
import org.salesteam.sales.SalesOrder;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places an order for a customer the user can see, with the credit check. An order over
 * the credit limit is refused, unless a manager of the rep's team or a director approves
 * it with a reason in the same request, or the user asks to hold it for such an approval.
 * A placed order makes the customer's first order (a prospect becomes active) or counts
 * as its latest activity. An order placed from a won opportunity keeps the link to it.
 */
@Service
public class OrderPlacement {

	private final SalesAccess access;

	private final SalesOrderRepository orders;

	private final Products products;

	private final Customers customers;

	private final TeamDirectory directory;

	private final CreditExposure exposure;

	private final TerritoryChoice territories;

	private final OrderNumbers numbers;

	private final PlacedOrders placed;

	private final Clock clock;

	OrderPlacement(SalesAccess access, SalesOrderRepository orders, Products products, Customers customers,
			TeamDirectory directory, CreditExposure exposure, TerritoryChoice territories, OrderNumbers numbers,
			PlacedOrders placed, Clock clock) {
		this.access = access;
		this.orders = orders;
		this.products = products;
		this.customers = customers;
		this.directory = directory;
		this.exposure = exposure;
		this.territories = territories;
		this.numbers = numbers;
		this.placed = placed;
		this.clock = clock;
	}

	@Transactional
	public SalesOrder place(UserPrincipal user, NewOrder request) {
		if (!user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("no sales rights");
		}
		CustomerSummary customer = this.access.customer(user, request.customerId());
		if (customer.status() == CustomerStatus.LOST) {
			throw BusinessRuleException.onField("customerId", "sales.order.error.customerLost");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate orderDate = (request.orderDate() != null) ? request.orderDate() : today;
		if (orderDate.isAfter(today)) {
			throw BusinessRuleException.onField("orderDate", "sales.order.error.futureDate");
		}
		Opportunity opportunity = opportunity(user, request.opportunityId(), customer);
		Long ownerId = owner(user, request.ownerId(), customer);
		Long territoryId = territory(request.territoryId(), ownerId, customer);
		String number = number(request.number(), orderDate);
		List<OrderLine> lines = lines(request.lines());
		BigDecimal amount = lines.stream().map(OrderLine::getNetAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		CreditExposure.Exposure before = this.exposure.of(customer.id());
		CreditPolicy.Check credit = CreditPolicy.check(customer.creditLimit(), before.openReceivables(),
				before.uninvoiced(), amount);
		boolean hold = false;
		if (credit.exceeded()) {
			if (request.creditApprovalReason() != null) {
				if (!this.access.isSuperiorOf(user, ownerId)) {
					throw BusinessRuleException.onField("creditApprovalReason", "sales.credit.error.notApprover");
				}
			}
			else if (request.holdForApproval()) {
				hold = true;
			}
			else {
				throw BusinessRuleException.onField("creditApprovalReason", "sales.credit.exceeded", credit.limit(),
						credit.exposure(), customer.name());
			}
		}
		SalesOrder order = new SalesOrder(number, customer.id(), orderDate, ownerId, territoryId, lines, hold,
				user.id(), request.notes());
		if (opportunity != null) {
			order.placedFrom(opportunity.getId());
		}
		if (credit.exceeded() && request.creditApprovalReason() != null) {
			order.approveCredit(user.id(), request.creditApprovalReason(), this.clock.instant());
		}
		order = this.orders.save(order);
		if (order.getStatus().isPlaced()) {
			order.announcePlacement();
			order = this.orders.save(order);
			this.placed.recordOnCustomer(order);
		}
		else {
			order.announceCreditHold();
			order = this.orders.save(order);
		}
		return order;
	}

	/**
	 * The opportunity an order is placed from: one the user sees (404 otherwise), won, of
	 * the order's customer.
	 */
	private Opportunity opportunity(UserPrincipal user, Long opportunityId, CustomerSummary customer) {
		if (opportunityId == null) {
			return null;
		}
		Opportunity opportunity = this.access.opportunity(user, opportunityId);
		if (opportunity.getStage() != OpportunityStage.WON) {
			throw BusinessRuleException.onField("opportunityId", "sales.order.error.opportunityNotWon");
		}
		if (opportunity.getCustomerId() != customer.id()) {
			throw BusinessRuleException.onField("opportunityId", "sales.order.error.opportunityOtherCustomer");
		}
		return opportunity;
	}

	private Long owner(UserPrincipal user, Long requested, CustomerSummary customer) {
		if (requested == null) {
			if (customer.ownerId() != null) {
				return customer.ownerId();
			}
			if (user.hasAnyRole(Role.REP, Role.MANAGER)) {
				return user.id();
			}
			throw BusinessRuleException.onField("ownerId", "sales.error.ownerRequired");
		}
		Visibility visibility = this.access.visibility(user);
		boolean member = this.directory.findMember(requested).filter(TeamDirectory.Member::active).isPresent();
		if (!member || !visibility.canSee(requested)) {
			throw BusinessRuleException.onField("ownerId", "sales.error.ownerNotAllowed");
		}
		return requested;
	}

	private Long territory(Long requested, Long ownerId, CustomerSummary customer) {
		if (requested != null) {
			if (!this.territories.exists(requested)) {
				throw BusinessRuleException.onField("territoryId", "sales.error.unknownTerritory");
			}
			return requested;
		}
		return this.territories.forOrder(ownerId, customer.territoryId());
	}

	private String number(String requested, LocalDate orderDate) {
		if (requested == null) {
			return this.numbers.next(orderDate);
		}
		if (this.orders.existsByNumber(requested)) {
			throw BusinessRuleException.onField("number", "sales.order.error.numberTaken", requested);
		}
		return requested;
	}

	private List<OrderLine> lines(List<NewOrder.Line> requested) {
		if (requested.isEmpty()) {
			throw BusinessRuleException.onField("lines", "sales.order.error.noLines");
		}
		Map<Long, ProductSummary> known = this.products
			.findAll(requested.stream().map(NewOrder.Line::productId).filter(Objects::nonNull).toList());
		List<OrderLine> lines = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			NewOrder.Line line = requested.get(i);
			String field = "lines[" + i + "]";
			ProductSummary product = (line.productId() != null) ? known.get(line.productId()) : null;
			if (product == null) {
				throw BusinessRuleException.onField(field + ".productId", "sales.order.error.unknownProduct");
			}
			if (!product.active()) {
				throw BusinessRuleException.onField(field + ".productId", "sales.order.error.inactiveProduct",
						product.name());
			}
			if (line.quantity() == null || line.quantity().signum() <= 0) {
				throw BusinessRuleException.onField(field + ".quantity", "sales.validation.positive");
			}
			BigDecimal discount = line.discount();
			if (discount != null && (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) > 0)) {
				throw BusinessRuleException.onField(field + ".discount", "sales.validation.discount");
			}
			BigDecimal price = (line.unitPrice() != null) ? line.unitPrice() : product.listPrice();
			if (price.signum() < 0) {
				throw BusinessRuleException.onField(field + ".unitPrice", "sales.validation.notNegative");
			}
			lines.add(OrderLine.of(i + 1, product.id(), line.quantity(), price, discount, line.netAmount(), line.cost(),
					product.standardCost()));
		}
		return lines;
	}

}
