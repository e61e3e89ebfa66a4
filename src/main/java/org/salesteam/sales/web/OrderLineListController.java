package org.salesteam.sales.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.internal.OrderFilter;
import org.salesteam.sales.internal.OrderLineList;
import org.salesteam.sales.internal.SalesChoices;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /order-lines}: the visible order lines, one row per line, with the order list's
 * filters plus customer, product and category, newest orders first, and paging without a
 * count; htmx requests get only the results. Exports go to {@code /exports/order-lines}
 * with the same filters.
 */
@Controller
class OrderLineListController {

	private final OrderLineList lines;

	private final SalesChoices choices;

	OrderLineListController(OrderLineList lines, SalesChoices choices) {
		this.lines = lines;
		this.choices = choices;
	}

	@GetMapping("/order-lines")
	String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long territoryId,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long productId,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		OrderFilter filter = new OrderFilter(q, status, from, to, ownerId, territoryId, customerId, false, "date", true,
				page, size);
		String chosenCategory = (category == null || category.isBlank()) ? null : category.trim();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", filter.q());
		params.put("status", filter.status());
		params.put("from", filter.from());
		params.put("to", filter.to());
		params.put("ownerId", filter.ownerId());
		params.put("territoryId", filter.territoryId());
		params.put("customerId", filter.customerId());
		params.put("productId", productId);
		params.put("category", chosenCategory);
		params.put("size", filter.size());
		model.addAttribute("filter", filter);
		model.addAttribute("productId", productId);
		model.addAttribute("category", chosenCategory);
		model.addAttribute("result", this.lines.find(user, filter, productId, chosenCategory));
		model.addAttribute("links", new Links("/order-lines", params, "date", true));
		if (Web.isHtmx(htmx)) {
			return "sales/order-line-list :: results";
		}
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("owners", this.choices.owners(user));
		model.addAttribute("territories", this.choices.territories());
		model.addAttribute("customers", this.choices.customers(user));
		model.addAttribute("products", this.choices.products());
		model.addAttribute("categories", this.choices.categories());
		return "sales/order-line-list";
	}

}
