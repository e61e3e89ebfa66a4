package org.salesteam.customer.internal;

import java.util.List;

/**
 * A registration refused by the duplicate check (查重): a stored customer has the same name
 * key or tax id, and the user did not confirm "create anyway". Carries the similar
 * customers as the user may learn of them.
 */
public class DuplicateCustomerException extends RuntimeException {

	private final transient List<SimilarCustomers.Match> matches;

	DuplicateCustomerException(List<SimilarCustomers.Match> matches) {
		super("similar customers exist");
		this.matches = List.copyOf(matches);
	}

	public List<SimilarCustomers.Match> matches() {
		return this.matches;
	}

}
