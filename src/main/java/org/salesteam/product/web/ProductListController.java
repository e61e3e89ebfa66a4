package org.salesteam.product.web;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.internal.ProductEditing;
import org.salesteam.product.internal.ProductFilter;
import org.salesteam.product.internal.ProductList;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /products}: the catalogue with search and filters; htmx gets only the results.
 */
@Controller
class ProductListController {

	private final ProductList list;

	ProductListController(ProductList list) {
		this.list = list;
	}

	@GetMapping("/products")
	String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "category") String sort, @RequestParam(defaultValue = "false") boolean desc,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ProductFilter filter = new ProductFilter(q, category, active, sort, desc, page, size);
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.list.find(filter));
		model.addAttribute("links", new ProductLinks(filter));
		model.addAttribute("mayEdit", ProductEditing.mayEdit(user));
		if (Web.isHtmx(htmx)) {
			return "product/list :: results";
		}
		model.addAttribute("categories", this.list.categories());
		return "product/list";
	}

}
