package org.salesteam.sales.web;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a list page that keep its filters: other pages and other sort orders.
 *
 * @param filters the list's filter parameters (null and empty values are left out)
 */
public record Links(String path, Map<String, Object> filters, String sort, boolean descending) {

	public String page(int page) {
		return base(this.sort, this.descending).queryParam("page", page).build().encode().toUriString();
	}

	/** Sorting by a column; the current sort column toggles its direction. */
	public String sort(String column) {
		boolean descending = column.equals(this.sort) && !this.descending;
		return base(column, descending).build().encode().toUriString();
	}

	public String sortMark(String column) {
		if (!column.equals(this.sort)) {
			return "";
		}
		return this.descending ? "▼" : "▲";
	}

	private UriComponentsBuilder base(String sort, boolean descending) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(this.path);
		this.filters.forEach((name, value) -> {
			if (value != null && !value.toString().isEmpty() && !Boolean.FALSE.equals(value)) {
				builder.queryParam(name, value);
			}
		});
		builder.queryParam("sort", sort);
		builder.queryParam("desc", descending);
		return builder;
	}

}
