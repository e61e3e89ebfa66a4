package org.salesteam.customer.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.CustomerTimeline.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging the modules' timeline entries: newest first, a limit, and whether more exist.
 */
class CustomerTimelinesTests {

	@Test
	void mergesNewestFirstKeepingTheContributorsOrderOnTheSameDay() {
		List<Entry> customer = List.of(entry(2025, 3, 9, "status"), entry(2025, 1, 2, "created"));
		List<Entry> sales = List.of(entry(2025, 3, 9, "order"), entry(2025, 2, 1, "payment"));
		CustomerTimelines.Page page = CustomerTimelines.merge(List.of(customer, sales), 3);
		assertThat(page.entries()).extracting(Entry::kind).containsExactly("status", "order", "payment");
		assertThat(page.more()).isTrue();
		CustomerTimelines.Page all = CustomerTimelines.merge(List.of(customer, sales), 4);
		assertThat(all.entries()).extracting(Entry::kind).containsExactly("status", "order", "payment", "created");
		assertThat(all.more()).isFalse();
	}

	@Test
	void noEntriesIsAnEmptyPage() {
		CustomerTimelines.Page page = CustomerTimelines.merge(List.of(List.of(), List.of()), 15);
		assertThat(page.entries()).isEmpty();
		assertThat(page.more()).isFalse();
	}

	private static Entry entry(int year, int month, int day, String kind) {
		return new Entry(LocalDate.of(year, month, day), kind, "k", List.of(), null);
	}

}
