package org.salesteam.sales.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.internal.OrderFilter;
import org.salesteam.sales.internal.OrderList;
import org.salesteam.sales.internal.SalesChoices;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /orders}: the visible orders with search, filters (status, dates, rep,
 * territory, overdue), sorting and paging; htmx requests get only the results.
 */
@Controller
class OrderListController {

	private final OrderList list;

	private final SalesChoices choices;

	OrderListController(OrderList list, SalesChoices choices) {
		this.list = list;
		this.choices = choices;
	}

	@GetMapping("/orders")
	String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long territoryId,
			@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "date") String sort, @RequestParam(defaultValue = "true") boolean desc,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		OrderFilter filter = new OrderFilter(q, status, from, to, ownerId, territoryId, customerId, overdue, sort, desc,
				page, size);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", filter.q());
		params.put("status", filter.status());
		params.put("from", filter.from());
		params.put("to", filter.to());
		params.put("ownerId", filter.ownerId());
		params.put("territoryId", filter.territoryId());
		params.put("customerId", filter.customerId());
		params.put("overdue", filter.overdue());
		params.put("size", filter.size());
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.list.find(user, filter));
		model.addAttribute("links", new Links("/orders", params, filter.sort(), filter.descending()));
		if (Web.isHtmx(htmx)) {
			return "sales/order-list :: results";
		}
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("owners", this.choices.owners(user));
		model.addAttribute("territories", this.choices.territories());
		return "sales/order-list";
	}

}
