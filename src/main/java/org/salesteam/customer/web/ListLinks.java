package org.salesteam.customer.web;

import org.salesteam.customer.internal.CustomerFilter;

import org.springframework.web.util.UriComponentsBuilder;

/** Links of the customer list that keep its filters: other pages, other sort orders. */
public record ListLinks(CustomerFilter filter, String owner) {

	public String page(int page) {
		return base(this.filter.sort(), this.filter.descending()).queryParam("page", page)
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * The export of what the list shows ({@code kind} customers or contacts,
	 * {@code format} xlsx or csv), served by the import-export module under
	 * {@code /exports}.
	 */
	public String export(String kind, String format) {
		UriComponentsBuilder builder = base(this.filter.sort(), this.filter.descending());
		return builder.replacePath("/exports/" + kind)
			.replaceQueryParam("size")
			.queryParam("format", format)
			.build()
			.encode()
			.toUriString();
	}

	/** Sorting by a column; the current sort column toggles its direction. */
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
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/customers");
		add(builder, "q", this.filter.q());
		add(builder, "status", this.filter.status());
		add(builder, "customerClass", this.filter.customerClass());
		add(builder, "territoryId", this.filter.territoryId());
		add(builder, "segmentId", this.filter.segmentId());
		add(builder, "owner", this.owner);
		add(builder, "keyAccount", this.filter.keyAccount());
		add(builder, "size", this.filter.size());
		builder.queryParam("sort", sort);
		if (descending) {
			builder.queryParam("desc", true);
		}
		return builder;
	}

	private static void add(UriComponentsBuilder builder, String name, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			builder.queryParam(name, value);
		}
	}

}
