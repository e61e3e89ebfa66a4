package org.salesteam.sales.internal;

import org.salesteam.platform.IdBlocks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo opportunities: for a share of the owned customers (most A customers, few C), a
 * deal created within the last year that went through the stages day by day — recent ones
 * still open, older ones won, lost to a competitor, or stalled; now and then a step back.
 */
class DemoPipeline {

	private static final String[] OPEN = { "NEEDS", "PROPOSAL", "QUOTE", "DEMO" };

	private final List<Object[]> opportunities = new ArrayList<>();

	private final List<Object[]> lines = new ArrayList<>();

	private final List<Object[]> competitors = new ArrayList<>();

	private final List<Object[]> changes = new ArrayList<>();

	private final IdBlocks ids;

	private final LocalDate today;

	private final Random random;

	private final Map<String, DemoSalesRows.DemoProduct> products;

	DemoPipeline(IdBlocks ids, LocalDate today, Random random, Map<String, DemoSalesRows.DemoProduct> products) {
		this.ids = ids;
		this.today = today;
		this.random = random;
		this.products = products;
	}

	void addFor(DemoSalesRows.DemoCustomer customer) {
		int chance = switch (customer.customerClass()) {
			case "A" -> 85;
			case "B" -> 40;
			default -> "rep7".equals(customer.ownerUsername()) ? 45 : 18;
		};
		int deals = (this.random.nextInt(100) < chance) ? 1 + (("A".equals(customer.customerClass())) ? 1 : 0) : 0;
		for (int i = 0; i < deals; i++) {
			add(customer);
		}
	}

	private void add(DemoSalesRows.DemoCustomer customer) {
		long id = this.ids.next();
		LocalDate created = this.today.minusDays(5 + this.random.nextInt(360));
		List<String> path = path(created);
		String finalStage = path.get(path.size() - 1);
		LocalDate moved = created;
		List<LocalDate> dates = new ArrayList<>();
		for (int i = 0; i < path.size(); i++) {
			if (i > 0) {
				moved = moved.plusDays(4 + this.random.nextInt(22));
				if (moved.isAfter(this.today)) {
					moved = this.today;
				}
			}
			dates.add(moved);
		}
		Set<String> rivals = new LinkedHashSet<>();
		for (int n = this.random.nextInt(3); n > 0; n--) {
			rivals.add(pick(this.random, DemoSalesWords.COMPETITORS));
		}
		boolean lost = "LOST".equals(finalStage);
		boolean closed = lost || "WON".equals(finalStage);
		String winner = lost
				? (rivals.isEmpty() ? pick(this.random, DemoSalesWords.COMPETITORS) : rivals.iterator().next()) : null;
		if (winner != null) {
			rivals.add(winner);
		}
		BigDecimal amount = amount(customer.customerClass());
		List<String> typical = DemoSalesWords.SEGMENT_PRODUCTS.getOrDefault(customer.segment(),
				DemoSalesWords.SEGMENT_PRODUCTS.get("COMM-FIN"));
		String name = pick(this.random,
				DemoSalesWords.DEAL_NAMES.getOrDefault(customer.segment(), DemoSalesWords.DEAL_NAMES.get("COMM-FIN")));
		LocalDate expectedClose = closed ? dates.get(dates.size() - 1) : created.plusDays(60 + this.random.nextInt(90));
		if (!closed && expectedClose.isBefore(this.today)) {
			expectedClose = this.today.plusDays(7 + this.random.nextInt(60));
		}
		this.opportunities.add(new Object[] { id, customer.id(), customer.ownerId(), created.getYear() + "年" + name,
				finalStage, amount, expectedClose, closed ? dates.get(dates.size() - 1) : null,
				lost ? pick(this.random, DemoSalesWords.LOST_REASONS) : null, winner, DemoSalesRows.at(created) });
		int lineNo = 0;
		Set<String> codes = new LinkedHashSet<>(List.of(pick(this.random, typical), pick(this.random, typical)));
		for (String code : codes) {
			DemoSalesRows.DemoProduct product = this.products.get(code);
			// the lines add up to the amount (amounts are whole thousands, so halves are
			// exact)
			BigDecimal share = amount.divide(BigDecimal.valueOf(codes.size()), 2, RoundingMode.HALF_UP);
			BigDecimal quantity = share.divide(product.price(), 0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
			this.lines.add(new Object[] { id, ++lineNo, product.id(), quantity, share });
		}
		rivals.forEach((rival) -> this.competitors.add(new Object[] { id, rival }));
		for (int i = 0; i < path.size(); i++) {
			this.changes.add(new Object[] { id, i + 1, (i == 0) ? null : path.get(i - 1), path.get(i),
					dates.get(i).atTime(10 + i % 6, 15).atOffset(ZoneOffset.ofHours(8)), customer.ownerId() });
		}
	}

	/** The stages the deal went through, ending in its current stage. */
	private List<String> path(LocalDate created) {
		List<String> path = new ArrayList<>(List.of("NEEDS"));
		long age = DemoSalesRows.daysBetween(created, this.today);
		int roll = this.random.nextInt(100);
		String target;
		if (age < 60) {
			target = OPEN[this.random.nextInt(OPEN.length)];
		}
		else {
			target = (roll < 45) ? "WON" : (roll < 80) ? "LOST" : OPEN[this.random.nextInt(OPEN.length)];
		}
		int reach = switch (target) {
			case "WON" -> 2 + this.random.nextInt(2);
			case "LOST" -> this.random.nextInt(4);
			default -> List.of(OPEN).indexOf(target);
		};
		for (int i = 1; i <= Math.min(reach, 3); i++) {
			path.add(OPEN[i]);
			if (i == 2 && this.random.nextInt(100) < 10) {
				path.add(OPEN[1]);
				path.add(OPEN[2]);
			}
		}
		if ("WON".equals(target) || "LOST".equals(target)) {
			path.add(target);
		}
		return path;
	}

	private BigDecimal amount(String customerClass) {
		double median = switch (customerClass) {
			case "A" -> 400_000;
			case "B" -> 90_000;
			default -> 20_000;
		};
		long value = Math.round(median * Math.exp(0.5 * this.random.nextGaussian()) / 1000) * 1000;
		return BigDecimal.valueOf(Math.max(5000, value)).setScale(2);
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	int count() {
		return this.opportunities.size();
	}

	void write(JdbcTemplate jdbc) {
		jdbc.batchUpdate("""
				insert into opportunity (id, version, customer_id, owner_id, name, stage, amount, expected_close_date,
				  closed_on, lost_reason, winning_competitor, created_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", this.opportunities);
		jdbc.batchUpdate("""
				insert into opportunity_line (opportunity_id, line_no, product_id, quantity, amount)
				values (?, ?, ?, ?, ?)
				""", this.lines);
		jdbc.batchUpdate("insert into opportunity_competitor (opportunity_id, name) values (?, ?)", this.competitors);
		jdbc.batchUpdate(
				"""
						insert into opportunity_stage_change (opportunity_id, change_no, from_stage, to_stage, changed_at, changed_by)
						values (?, ?, ?, ?, ?, ?)
						""",
				this.changes);
	}

}
