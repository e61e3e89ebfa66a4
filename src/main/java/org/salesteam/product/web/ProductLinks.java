package org.salesteam.product.web;

import org.salesteam.product.internal.ProductFilter;

import org.springframework.web.util.UriComponentsBuilder;

/** Links of the product list that keep its filters. */
public record ProductLinks(ProductFilter filter) {

	public String page(int page) {
		return base(this.filter.sort(), this.filter.descending()).queryParam("page", page)
			.build()
			.encode()
			.toUriString();
	}

	public String sort(String column) {
		boolean descending = column.equals(this.filter.sort()) && !this.filter.descending();
		return base(column, descending).build().encode().toUriString();
	}

	public String sortMark(String column) {
		if (!column.equals(this.filter.sort())) {
			return "";
		}
		return this.filter.descending() ? "▼" : "▲";
	}

	private UriComponentsBuilder base(String sort, boolean descending) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/products");
		if (this.filter.q() != null) {
			builder.queryParam("q", this.filter.q());
		}
		if (this.filter.category() != null) {
			builder.queryParam("category", this.filter.category());
		}
		if (this.filter.active() != null) {
			builder.queryParam("active", this.filter.active());
		}
		builder.queryParam("sort", sort);
		if (descending) {
			builder.queryParam("desc", true);
		}
		return builder;
	}

}
