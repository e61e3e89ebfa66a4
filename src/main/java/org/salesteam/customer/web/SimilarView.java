package org.salesteam.customer.web;

import java.util.List;

import org.salesteam.customer.internal.SimilarCustomers;

/**
 * The duplicate check's answer on the API: the similar customers the caller may read
 * (code, name, owner; {@code inPool} for one in the pool) with what matched
 * ({@code name}, {@code taxId}, {@code phone}), and how many other customers, which the
 * caller may not read, match as well — without any of their data.
 */
record SimilarView(List<Item> similar, int hiddenMatches) {

	record Item(long id, String code, String name, String owner, boolean inPool, List<String> matchedOn) {
	}

	static SimilarView of(List<SimilarCustomers.Match> matches) {
		List<Item> items = matches.stream()
			.filter(SimilarCustomers.Match::visible)
			.map((m) -> new Item(m.id(), m.code(), m.name(), m.ownerName(), m.inPool(),
					m.matchedOn().stream().map(SimilarCustomers.On::field).toList()))
			.toList();
		return new SimilarView(items, matches.size() - items.size());
	}

}
