package org.salesteam.customer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.salesteam.platform.CustomerTimeline;
import org.salesteam.platform.CustomerTimeline.Entry;

import org.springframework.stereotype.Component;

/**
 * Merges every module's {@link CustomerTimeline} entries into one timeline, newest first;
 * on the same day the contributors' order (their {@code @Order}) and each one's own order
 * are kept. The caller has checked that the user may see the customer.
 */
@Component
public class CustomerTimelines {

	/** One page of the timeline; {@code more}: older entries exist. */
	public record Page(List<Entry> entries, boolean more) {
	}

	private final List<CustomerTimeline> contributors;

	CustomerTimelines(List<CustomerTimeline> contributors) {
		this.contributors = List.copyOf(contributors);
	}

	public Page page(long customerId, int limit) {
		List<List<Entry>> lists = new ArrayList<>();
		for (CustomerTimeline contributor : this.contributors) {
			lists.add(contributor.entries(customerId, limit + 1));
		}
		return merge(lists, limit);
	}

	/** The newest {@code limit} entries of the lists (each newest first). */
	static Page merge(List<List<Entry>> lists, int limit) {
		List<Entry> all = new ArrayList<>();
		lists.forEach(all::addAll);
		// a stable sort keeps the contributors' order on equal days
		all.sort(Comparator.comparing(Entry::on).reversed());
		return new Page(List.copyOf(all.subList(0, Math.min(limit, all.size()))), all.size() > limit);
	}

}
