package org.salesteam.sales.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.product.Products.ProductSummary;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.OpportunityLine;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.sales.StageChange;
import org.salesteam.sales.internal.SalesNames;

/**
 * An opportunity as the API and its page show it; {@code version} goes back with a
 * change.
 */
record OpportunityView(long id, int version, long customerId, String customerName, Long ownerId, String ownerUsername,
		String ownerName, String name, OpportunityStage stage, int probability, BigDecimal amount,
		LocalDate expectedCloseDate, LocalDate closedOn, String lostReason, String winningCompetitor,
		List<String> competitors, String notes, List<Line> lines, List<Change> history) {

	/** A product of the opportunity. */
	record Line(int lineNo, long productId, String productCode, String productName, BigDecimal quantity,
			BigDecimal amount) {
	}

	/** A stage move. */
	record Change(OpportunityStage fromStage, OpportunityStage toStage, Instant changedAt, String changedBy) {
	}

	static OpportunityView of(Opportunity o, SalesNames names, Map<OpportunityStage, Integer> probabilities) {
		Map<Long, ProductSummary> products = names
			.products(o.getLines().stream().map(OpportunityLine::getProductId).distinct().toList());
		Map<Long, String> users = names.users(o.getHistory()
			.stream()
			.map(StageChange::getChangedBy)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList());
		return new OpportunityView(o.getId(), o.getVersion(), o.getCustomerId(), names.customer(o.getCustomerId()),
				o.getOwnerId(), names.username(o.getOwnerId()), names.user(o.getOwnerId()), o.getName(), o.getStage(),
				probabilities.getOrDefault(o.getStage(), 0), o.getAmount(), o.getExpectedCloseDate(), o.getClosedOn(),
				o.getLostReason(), o.getWinningCompetitor(), o.getCompetitors().stream().sorted().toList(),
				o.getNotes(), o.getLines().stream().map((l) -> {
					ProductSummary p = products.get(l.getProductId());
					return new Line(l.getLineNo(), l.getProductId(), (p != null) ? p.code() : null,
							(p != null) ? p.name() : null, l.getQuantity(), l.getAmount());
				}).toList(),
				o.getHistory()
					.stream()
					.map((h) -> new Change(h.getFromStage(), h.getToStage(), h.getChangedAt(),
							users.get(h.getChangedBy())))
					.toList());
	}

}
