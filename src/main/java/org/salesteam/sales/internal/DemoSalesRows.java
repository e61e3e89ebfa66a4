package org.salesteam.sales.internal;

import org.salesteam.platform.IdBlocks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of the demo orders — headers with their totals, lines, payments — built in
 * memory and written in JDBC batches; opportunities are left to {@link DemoPipeline}.
 */
class DemoSalesRows {

	/** A demo customer as the generator needs it. */
	record DemoCustomer(long id, Long ownerId, String ownerUsername, Long territoryId, String segment,
			String customerClass, String status, LocalDate firstOrder, LocalDate lostDate, int paymentTerms,
			BigDecimal potential) {
	}

	/** A product with its prices. */
	record DemoProduct(long id, String code, BigDecimal price, BigDecimal cost) {
	}

	private static final String JOE_MARTIN = "rep3";

	private static final String ARLENE_SUMMERS = "rep7";

	private final List<Object[]> orders = new ArrayList<>();

	private final List<Object[]> lines = new ArrayList<>();

	private final List<Object[]> payments = new ArrayList<>();

	private final Map<Long, LocalDate> conversions = new LinkedHashMap<>();

	private final IdBlocks ids;

	private final LocalDate today;

	private final Random random;

	private final Map<String, DemoProduct> products;

	private final DemoPipeline pipeline;

	private int orderNo;

	DemoSalesRows(IdBlocks ids, LocalDate today, Random random, Map<String, DemoProduct> products) {
		this.ids = ids;
		this.today = today;
		this.random = random;
		this.products = products;
		this.pipeline = new DemoPipeline(ids, today, random, products);
	}

	void addCustomer(DemoCustomer customer) {
		LocalDate start = customer.firstOrder();
		if (start == null && "PROSPECT".equals(customer.status()) && converts(customer)) {
			start = this.today.minusDays(20 + this.random.nextInt(160));
			this.conversions.put(customer.id(), start);
		}
		if (customer.ownerId() != null && !"LOST".equals(customer.status())) {
			this.pipeline.addFor(customer);
		}
		if (start == null || start.isAfter(this.today)) {
			return;
		}
		LocalDate end = end(customer);
		if (end.isBefore(start)) {
			end = start;
		}
		boolean slowPayer = this.random.nextInt(1000) < 15;
		// Long-standing customers (first order before the demo's two years) keep that
		// first order, so that "new customer" counts stay right, and order regularly from
		// the window's first day; the rest of their history is not part of the demo.
		LocalDate window = this.today.minusMonths(24);
		LocalDate from = start.isBefore(window) ? window : start;
		order(customer, start, false, slowPayer);
		for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(end); month = month.plusMonths(1)) {
			double expected = perMonth(customer) * DemoSalesWords.season(month.plusDays(14), customer.segment());
			for (int n = poisson(expected); n > 0; n--) {
				LocalDate day = month.plusDays(this.random.nextInt(month.lengthOfMonth()));
				if (day.isAfter(start) && !day.isBefore(from) && !day.isAfter(end)) {
					order(customer, day, this.random.nextInt(100) < 3, slowPayer);
				}
			}
		}
	}

	private boolean converts(DemoCustomer customer) {
		if (customer.ownerId() == null || JOE_MARTIN.equals(customer.ownerUsername())) {
			return false;
		}
		int chance = ARLENE_SUMMERS.equals(customer.ownerUsername()) ? 60 : 8;
		return this.random.nextInt(100) < chance;
	}

	private LocalDate end(DemoCustomer customer) {
		if ("LOST".equals(customer.status()) && customer.lostDate() != null) {
			return customer.lostDate().minusDays(30);
		}
		if ("DORMANT".equals(customer.status())) {
			return this.today.minusDays(130 + this.random.nextInt(90));
		}
		return this.today;
	}

	/** Expected orders a month: A often, C rarely, shaped by the two reps' patterns. */
	private double perMonth(DemoCustomer customer) {
		double base = switch (customer.customerClass()) {
			case "A" -> 3.0;
			case "B" -> 1.0;
			default -> 0.3;
		};
		if (JOE_MARTIN.equals(customer.ownerUsername())) {
			return "C".equals(customer.customerClass()) ? base * 0.3 : base * 1.7;
		}
		if (ARLENE_SUMMERS.equals(customer.ownerUsername()) && "C".equals(customer.customerClass())) {
			return base * 2.0;
		}
		return base;
	}

	private void order(DemoCustomer customer, LocalDate day, boolean cancelled, boolean slowPayer) {
		long orderId = this.ids.next();
		boolean joe = JOE_MARTIN.equals(customer.ownerUsername());
		double value = orderValue(customer.customerClass()) * (joe ? 1.3 : 1.0)
				* (ARLENE_SUMMERS.equals(customer.ownerUsername()) ? 0.7 : 1.0);
		int lineCount = 1 + this.random.nextInt("A".equals(customer.customerClass()) ? 4 : 3);
		BigDecimal net = BigDecimal.ZERO;
		BigDecimal cost = BigDecimal.ZERO;
		for (int i = 1; i <= lineCount; i++) {
			DemoProduct product = product(customer.segment(), day, joe);
			BigDecimal quantity = quantity(value / lineCount * (0.5 + this.random.nextDouble()), product.price());
			BigDecimal discount = discount(joe);
			BigDecimal lineNet = quantity.multiply(product.price())
				.multiply(BigDecimal.ONE.subtract(discount))
				.setScale(2, RoundingMode.HALF_UP);
			BigDecimal lineCost = quantity.multiply(product.cost()).setScale(2, RoundingMode.HALF_UP);
			this.lines.add(new Object[] { orderId, Integer.toString(i), product.id(), quantity, product.price(),
					discount, lineNet, lineCost });
			net = net.add(lineNet);
			cost = cost.add(lineCost);
		}
		String number = String.format("RY%d-%06d", day.getYear(), ++this.orderNo);
		if (cancelled) {
			LocalDate cancelledOn = min(day.plusDays(1 + this.random.nextInt(7)));
			this.orders.add(header(orderId, number, customer, day, "CANCELLED", net, cost, null, cancelledOn,
					DemoPipeline.pick(this.random, DemoSalesWords.CANCEL_REASONS), null, null, null, BigDecimal.ZERO));
			return;
		}
		LocalDate delivered = day.plusDays(5 + this.random.nextInt(16));
		if (delivered.isAfter(this.today)) {
			this.orders.add(header(orderId, number, customer, day, "CONFIRMED", net, cost, null, null, null, null, null,
					null, BigDecimal.ZERO));
			return;
		}
		LocalDate due = delivered.plusDays(customer.paymentTerms());
		BigDecimal paid = pay(orderId, net, delivered, due, customer.paymentTerms(), slowPayer);
		this.orders.add(header(orderId, number, customer, day, "DELIVERED", net, cost, delivered, null, null, delivered,
				net, due, paid));
	}

	/**
	 * The payments of an invoice: most within terms, some late, a few in two parts; a
	 * slow payer leaves its invoices of the last five months open. Payments after today
	 * are not made yet.
	 */
	private BigDecimal pay(long orderId, BigDecimal amount, LocalDate invoiced, LocalDate due, int terms,
			boolean slowPayer) {
		if (slowPayer && invoiced.isAfter(this.today.minusDays(150))) {
			return BigDecimal.ZERO;
		}
		int roll = this.random.nextInt(100);
		List<Object[]> planned = new ArrayList<>();
		if (roll < 84) {
			planned.add(new Object[] { invoiced.plusDays(this.random.nextInt(Math.max(1, terms - 2) + 1)), amount });
		}
		else if (roll < 96) {
			planned.add(new Object[] { due.plusDays(3 + this.random.nextInt(40)), amount });
		}
		else {
			BigDecimal half = amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
			planned.add(new Object[] { invoiced.plusDays(this.random.nextInt(Math.max(1, terms) + 1)), half });
			planned.add(new Object[] { due.plusDays(this.random.nextInt(30)), amount.subtract(half) });
		}
		BigDecimal paid = BigDecimal.ZERO;
		int paymentNo = 0;
		for (Object[] payment : planned) {
			LocalDate on = (LocalDate) payment[0];
			if (!on.isAfter(this.today)) {
				this.payments.add(new Object[] { orderId, ++paymentNo, on, payment[1] });
				paid = paid.add((BigDecimal) payment[1]);
			}
		}
		return paid;
	}

	private Object[] header(long id, String number, DemoCustomer c, LocalDate day, String status, BigDecimal net,
			BigDecimal cost, LocalDate delivered, LocalDate cancelled, String reason, LocalDate invoiced,
			BigDecimal invoiceAmount, LocalDate due, BigDecimal paid) {
		return new Object[] { id, number, c.id(), day, c.ownerId(), c.territoryId(), status, net, cost, delivered,
				cancelled, reason, invoiced, invoiceAmount, due, paid, c.ownerId(), at(day) };
	}

	private double orderValue(String customerClass) {
		double median = switch (customerClass) {
			case "A" -> 60_000;
			case "B" -> 15_000;
			default -> 3_000;
		};
		return median * Math.exp(0.6 * this.random.nextGaussian());
	}

	private DemoProduct product(String segment, LocalDate day, boolean joe) {
		if (joe && this.random.nextInt(100) < 70) {
			return this.products.get(DemoPipeline.pick(this.random, DemoSalesWords.LOW_MARGIN));
		}
		if ("PKG-FOOD".equals(segment)) {
			int month = day.getMonthValue();
			if ((month == 8 || month == 9) && this.random.nextInt(100) < 60) {
				return this.products.get(DemoSalesWords.MOONCAKE);
			}
			if (month == 5 && this.random.nextInt(100) < 40) {
				return this.products.get(DemoSalesWords.ZONGZI);
			}
		}
		List<String> typical = DemoSalesWords.SEGMENT_PRODUCTS.getOrDefault(segment,
				DemoSalesWords.SEGMENT_PRODUCTS.get("COMM-FIN"));
		int index = Math.min(typical.size() - 1, (int) Math.abs(this.random.nextGaussian() * 2.5));
		return this.products.get(typical.get(index));
	}

	private static BigDecimal quantity(double value, BigDecimal price) {
		double raw = value / price.doubleValue();
		long rounded = (price.doubleValue() < 5) ? Math.max(100, Math.round(raw / 100) * 100)
				: Math.max(1, Math.round(raw));
		return BigDecimal.valueOf(rounded);
	}

	private BigDecimal discount(boolean joe) {
		if (joe) {
			return BigDecimal.valueOf(5 + this.random.nextInt(8), 2);
		}
		int roll = this.random.nextInt(100);
		return (roll < 60) ? BigDecimal.ZERO : BigDecimal.valueOf((roll < 85) ? 3 : (roll < 95) ? 5 : 8, 2);
	}

	private int poisson(double lambda) {
		double limit = Math.exp(-lambda);
		double product = this.random.nextDouble();
		int n = 0;
		while (product > limit) {
			n++;
			product *= this.random.nextDouble();
		}
		return n;
	}

	private LocalDate min(LocalDate date) {
		return date.isAfter(this.today) ? this.today : date;
	}

	static OffsetDateTime at(LocalDate date) {
		return date.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
	}

	static long daysBetween(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	void write(JdbcTemplate jdbc) {
		jdbc.batchUpdate(
				"""
						insert into sales_order (id, version, order_number, customer_id, order_date, owner_id, territory_id, status,
						  net_amount, cost, delivered_on, cancelled_on, cancel_reason, invoiced_on, invoice_amount, due_date,
						  paid_amount, created_by, created_at)
						values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				this.orders);
		jdbc.batchUpdate("""
				insert into order_line (order_id, line_no, product_id, quantity, unit_price, discount, net_amount, cost)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", this.lines);
		jdbc.batchUpdate("insert into payment (order_id, payment_no, paid_on, amount) values (?, ?, ?, ?)",
				this.payments);
		this.pipeline.write(jdbc);
	}

	/** Prospects that placed their first order in the demo, with its date. */
	Map<Long, LocalDate> conversions() {
		return Map.copyOf(this.conversions);
	}

	int orderCount() {
		return this.orders.size();
	}

	int lineCount() {
		return this.lines.size();
	}

	int paymentCount() {
		return this.payments.size();
	}

	int opportunityCount() {
		return this.pipeline.count();
	}

}
