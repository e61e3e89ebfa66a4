package org.salesteam.product.web;

import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.internal.ProductEditing;
import org.salesteam.product.internal.ProductFilter;
import org.salesteam.product.internal.ProductList;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/products}: the catalogue for every signed-in user; adding and changing
 * products for admins and directors (others 403).
 */
@RestController
@Tag(name = "products")
class ProductApiController {

	private final ProductList list;

	private final ProductEditing editing;

	ProductApiController(ProductList list, ProductEditing editing) {
		this.list = list;
		this.editing = editing;
	}

	@GetMapping("/api/v1/products")
	@Operation(summary = "Products, filtered and sorted; nextPage is null on the last page")
	ProductList.Page list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "category") String sort,
			@RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.list.find(new ProductFilter(q, category, active, sort, desc, page, size));
	}

	@GetMapping("/api/v1/products/{id}")
	@Operation(summary = "One product")
	ProductView get(@PathVariable long id) {
		return ProductView.of(this.editing.get(id));
	}

	@PostMapping("/api/v1/products")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a product (admins and directors)")
	ProductView create(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody ProductRequest request) {
		return ProductView.of(this.editing.create(user, request.toData()));
	}

	@PutMapping("/api/v1/products/{id}")
	@Operation(summary = "Change a product (admins and directors); a stale version answers 409")
	ProductView update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody ProductRequest request) {
		if (request.version() == null) {
			throw BusinessRuleException.onField("version", "product.validation.required");
		}
		return ProductView.of(this.editing.revise(user, id, request.version(), request.toData()));
	}

}
