package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a user enters about an opportunity; the stage moves through its own method. */
public record OpportunityData(String name, BigDecimal amount, LocalDate expectedCloseDate, List<Line> lines,
		Set<String> competitors, String notes) {

	/** A product of the opportunity. */
	public record Line(long productId, BigDecimal quantity, BigDecimal amount) {
	}

	public OpportunityData {
		name = (name != null) ? name.trim() : null;
		amount = (amount != null) ? amount : BigDecimal.ZERO;
		lines = (lines != null) ? List.copyOf(lines) : List.of();
		competitors = (competitors != null)
				? Set.copyOf(competitors.stream().filter((c) -> c != null && !c.isBlank()).map(String::trim).toList())
				: Set.of();
	}

}
