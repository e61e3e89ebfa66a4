package org.salesteam.scale.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The customers and everything about them, one customer at a time: its orders (lines,
 * payments), visits, activities, opportunities, contacts and first class. Customer sizes
 * follow a Pareto law (a few large customers carry most of the sales); orders follow a
 * monthly seasonality over the two years up to today; about 3% are cancelled; the class
 * follows the potential, which is set above the customer's actual yearly sales. The
 * customer row is written after its orders, so that its first order date and last
 * activity are those of the generated rows.
 */
final class Customers {

	static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	private static final double PARETO_ALPHA = 1.16;

	private static final double MAX_WEIGHT = 1000;

	private static final double LINES_PER_ORDER = 2.5;

	private static final BigDecimal CLASS_A_MIN = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal CLASS_B_MIN = BigDecimal.valueOf(200_000);

	private static final List<String> STAGES = List.of("NEEDS", "PROPOSAL", "QUOTE", "DEMO", "WON", "LOST");

	private final Scale scale;

	private final Organisation org;

	private final Products products;

	private final Ids ids;

	private final Random random;

	private final RowSink sink;

	private final LocalDate today;

	private final LocalDate windowStart;

	private long orderNo;

	/**
	 * Rows of the current customer, written after its customer row (the sink orders
	 * tables).
	 */
	private final List<Object[]> pending = new ArrayList<>();

	private final List<Table> pendingTables = new ArrayList<>();

	Customers(Scale scale, Organisation org, Products products, Ids ids, Random random, RowSink sink, LocalDate today) {
		this.scale = scale;
		this.org = org;
		this.products = products;
		this.ids = ids;
		this.random = random;
		this.sink = sink;
		this.today = today;
		this.windowStart = today.minusMonths(24).plusDays(1);
	}

	void write() {
		int n = this.scale.customers();
		double[] weight = new double[n];
		boolean[] prospect = new boolean[n];
		double buyers = 0;
		double visitWeight = 0;
		for (int i = 0; i < n; i++) {
			weight[i] = Math.min(MAX_WEIGHT, Math.pow(1 - this.random.nextDouble(), -1 / PARETO_ALPHA));
			prospect[i] = this.random.nextInt(100) < 18;
			if (!prospect[i]) {
				buyers += weight[i];
			}
			visitWeight += 0.5 + Math.sqrt(weight[i]);
		}
		double orders = this.scale.orderLines() / LINES_PER_ORDER;
		for (int i = 0; i < n; i++) {
			double expectedOrders = prospect[i] ? 0 : orders * weight[i] / buyers;
			double expectedVisits = this.scale.visits() * (0.5 + Math.sqrt(weight[i])) / visitWeight;
			customer(i, round(expectedOrders), round(expectedVisits));
		}
	}

	private int round(double expected) {
		int whole = (int) expected;
		return whole + ((this.random.nextDouble() < expected - whole) ? 1 : 0);
	}

	private void customer(int index, int orderCount, int visitCount) {
		long id = this.ids.next();
		boolean pooled = this.random.nextInt(100) < 10;
		Organisation.Rep rep = Words.pick(this.random, this.org.reps);
		Long ownerId = pooled ? null : rep.id();
		long territory = pooled ? Words.pick(this.random, this.org.territories) : rep.territoryId();
		int segment = (this.random.nextInt(100) < 70) ? rep.segment() : this.random.nextInt(Words.SEGMENT_CODES.size());
		int roll = this.random.nextInt(100);
		String status = (orderCount == 0) ? "PROSPECT" : (roll < 6) ? "DORMANT" : (roll < 8) ? "LOST" : "ACTIVE";
		LocalDate start;
		if (orderCount == 0) {
			start = null;
		}
		else if (this.random.nextInt(100) < 70) {
			start = this.windowStart.minusDays(30 + this.random.nextInt(700));
		}
		else {
			start = this.windowStart.plusDays(this.random.nextInt(600));
		}
		LocalDate end = switch (status) {
			case "DORMANT" -> this.today.minusDays(130 + this.random.nextInt(90));
			case "LOST" -> this.today.minusDays(60 + this.random.nextInt(140));
			default -> this.today;
		};
		LocalDate created = (start != null) ? start.minusDays(10 + this.random.nextInt(190))
				: this.today.minusDays(1 + this.random.nextInt(700));
		int terms = Words.pick(this.random, List.of(30, 30, 45, 60, 90));
		long recentCents = 0;
		LocalDate last = null;
		for (int o = 0; o < orderCount; o++) {
			LocalDate day = (o == 0) ? start : seasonalDay(max(start, this.windowStart), end);
			if (day == null) {
				continue;
			}
			long net = order(id, ownerId, territory, segment, day, terms, o > 0 && this.random.nextInt(100) < 3);
			if (day.isAfter(this.today.minusYears(1))) {
				recentCents += net;
			}
			last = max(last, day);
		}
		for (int v = 0; v < visitCount; v++) {
			last = max(last, visit(id, pooled ? rep.id() : ownerId, max(created, this.windowStart), start));
		}
		if (ownerId != null) {
			last = max(last, activities(id, ownerId, max(created, this.windowStart)));
			if (!"LOST".equals(status)) {
				opportunities(id, ownerId, created);
			}
		}
		BigDecimal potential = potential(start, recentCents);
		String customerClass = (potential.compareTo(CLASS_A_MIN) >= 0) ? "A"
				: (potential.compareTo(CLASS_B_MIN) >= 0) ? "B" : "C";
		String size = switch (customerClass) {
			case "A" -> this.random.nextBoolean() ? "FROM_1000" : "FROM_5000";
			case "B" -> "FROM_200";
			default -> this.random.nextBoolean() ? "UNDER_50" : "FROM_50";
		};
		int city = this.random.nextInt(Words.CITIES.size());
		String name = Words.CITIES.get(city) + Words.pick(this.random, Words.NAME_CORES)
				+ Words.pick(this.random, Words.NAME_TRADES) + Words.pick(this.random, Words.NAME_FORMS);
		BigDecimal credit = (start == null) ? BigDecimal.ZERO
				: potential.multiply(BigDecimal.valueOf(3))
					.divide(BigDecimal.TEN)
					.setScale(-4, java.math.RoundingMode.HALF_UP)
					.setScale(2);
		this.sink.row(Table.CUSTOMER, id, 0, String.format("GC%07d", index + 1), name, Words.INDUSTRIES.get(segment),
				Words.pick(this.random, Words.ENTERPRISE_TYPES), this.org.segments[segment], territory,
				Words.PROVINCES.get(city), Words.CITIES.get(city),
				Words.CITIES.get(city) + "市工业园区" + (1 + this.random.nextInt(300)) + "号", size, potential,
				Words.pick(this.random, Words.SOURCES), ownerId,
				pooled ? null : created.plusDays(this.random.nextInt(30)),
				pooled ? this.today.minusDays(1 + this.random.nextInt(200)) : null, "A".equals(customerClass), credit,
				terms, status, customerClass, false, start, min(last, this.today), at(created));
		this.sink.row(Table.CUSTOMER_CLASS_CHANGE, this.ids.next(), 0, id, ownerId, null, customerClass, created, true,
				at(created));
		for (int c = 0; c < 2; c++) {
			this.sink.row(Table.CONTACT, this.ids.next(), 0, id, Words.personName(this.random),
					Words.pick(this.random, Words.TITLES),
					"13" + String.format("%09d", this.random.nextInt(1_000_000_000)),
					(c == 0) ? "DECISION_MAKER" : Words.pick(this.random, Words.ROLES),
					Words.pick(this.random, Words.ATTITUDES), (c == 0) ? 5 : 1 + this.random.nextInt(4), at(created));
		}
		for (int r = 0; r < this.pending.size(); r++) {
			this.sink.row(this.pendingTables.get(r), this.pending.get(r));
		}
		this.pending.clear();
		this.pendingTables.clear();
		this.sink.boundary();
	}

	/**
	 * Above the last year's sales (they use other printers too); prospects by their size.
	 */
	private BigDecimal potential(LocalDate start, long recentCents) {
		double yuan = (start == null) ? 30_000 * Math.exp(1.3 * this.random.nextGaussian())
				: recentCents / 100.0 * (1.2 + 0.8 * this.random.nextDouble()) + 20_000;
		return BigDecimal.valueOf(Math.round(yuan / 10_000) * 10_000L + 10_000L).setScale(2);
	}

	private void later(Table table, Object... values) {
		this.pendingTables.add(table);
		this.pending.add(values);
	}

	/** A day between from and to, months weighted by the season. */
	private LocalDate seasonalDay(LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to);
		if (days < 0) {
			return null;
		}
		while (true) {
			LocalDate day = from.plusDays((days == 0) ? 0 : this.random.nextLong(days + 1));
			if (this.random.nextDouble() * 1.4 < Words.SEASON[day.getMonthValue() - 1]) {
				return day;
			}
		}
	}

	/**
	 * Writes one order with its lines and payments; returns its net amount in cents (0 if
	 * cancelled).
	 */
	private long order(long customer, Long owner, long territory, int segment, LocalDate day, int terms,
			boolean cancelled) {
		long orderId = this.ids.next();
		int lines = 1 + this.random.nextInt(4);
		double value = 8_000 * Math.exp(0.7 * this.random.nextGaussian());
		long net = 0;
		long cost = 0;
		for (int l = 1; l <= lines; l++) {
			int product = this.products.pick(this.random, segment);
			long price = this.products.price4(product);
			double raw = value / lines * (0.5 + this.random.nextDouble()) / (price / 10_000.0);
			long quantity = (price < 50_000) ? Math.max(100, Math.round(raw / 100) * 100)
					: Math.max(1, Math.round(raw));
			int roll = this.random.nextInt(100);
			int discount = (roll < 60) ? 0 : (roll < 85) ? 3 : (roll < 95) ? 5 : 8;
			long lineNet = (quantity * price * (100 - discount) + 5_000) / 10_000;
			long lineCost = (quantity * this.products.cost4(product) + 50) / 100;
			later(Table.ORDER_LINE, orderId, Integer.toString(l), this.products.id(product),
					BigDecimal.valueOf(quantity), BigDecimal.valueOf(price, 4), BigDecimal.valueOf(discount, 2),
					BigDecimal.valueOf(lineNet, 2), BigDecimal.valueOf(lineCost, 2));
			net += lineNet;
			cost += lineCost;
		}
		String number = String.format("GN%09d", ++this.orderNo);
		BigDecimal netAmount = BigDecimal.valueOf(net, 2);
		BigDecimal costAmount = BigDecimal.valueOf(cost, 2);
		if (cancelled) {
			header(orderId, number, customer, day, owner, territory, "CANCELLED", netAmount, costAmount, null,
					min(day.plusDays(1 + this.random.nextInt(7)), this.today),
					Words.pick(this.random, Words.CANCEL_REASONS), null, null, BigDecimal.ZERO);
			return 0;
		}
		LocalDate delivered = day.plusDays(5 + this.random.nextInt(16));
		if (delivered.isAfter(this.today)) {
			header(orderId, number, customer, day, owner, territory, "CONFIRMED", netAmount, costAmount, null, null,
					null, null, null, BigDecimal.ZERO);
			return net;
		}
		LocalDate due = delivered.plusDays(terms);
		int roll = this.random.nextInt(100);
		LocalDate paidOn = (roll < 85) ? delivered.plusDays(this.random.nextInt(terms))
				: (roll < 97) ? due.plusDays(3 + this.random.nextInt(40)) : null;
		BigDecimal paid = BigDecimal.ZERO;
		if (paidOn != null && !paidOn.isAfter(this.today)) {
			paid = netAmount;
			later(Table.PAYMENT, orderId, 1, paidOn, netAmount, owner);
		}
		header(orderId, number, customer, day, owner, territory, "DELIVERED", netAmount, costAmount, delivered, null,
				null, delivered, due, paid);
		return net;
	}

	private void header(long id, String number, long customer, LocalDate day, Long owner, long territory, String status,
			BigDecimal net, BigDecimal cost, LocalDate delivered, LocalDate cancelledOn, String cancelReason,
			LocalDate invoiced, LocalDate due, BigDecimal paid) {
		later(Table.SALES_ORDER, id, 0, number, customer, day, owner, territory, status, net, cost, delivered,
				cancelledOn, cancelReason, invoiced, (invoiced != null) ? net : null, due, paid, owner, at(day));
	}

	/** Writes one visit; returns its day when it took place. */
	private LocalDate visit(long customer, long rep, LocalDate from, LocalDate firstOrder) {
		long span = ChronoUnit.DAYS.between(from, this.today.plusDays(14));
		LocalDate day = from.plusDays((span <= 0) ? 0 : this.random.nextLong(span + 1));
		LocalDateTime planned = day.atTime(9 + this.random.nextInt(8), 0);
		boolean prospect = firstOrder == null || firstOrder.isAfter(day);
		String type = (prospect && this.random.nextBoolean()) ? "NEW_CUSTOMER"
				: Words.pick(this.random, Words.VISIT_TYPES);
		String objective = Words.pick(this.random, Words.OBJECTIVES);
		String status;
		if (day.isAfter(this.today)) {
			status = "PLANNED";
		}
		else {
			int roll = this.random.nextInt(100);
			status = (roll < 88) ? "COMPLETED" : (roll < 96) ? "MISSED" : "CANCELLED";
		}
		boolean done = "COMPLETED".equals(status);
		int minutes = 30 + this.random.nextInt(121);
		BigDecimal travel = done ? BigDecimal.valueOf(20 + this.random.nextInt(281)) : BigDecimal.ZERO;
		BigDecimal meals = (done && this.random.nextBoolean()) ? BigDecimal.valueOf(30 + this.random.nextInt(271))
				: BigDecimal.ZERO;
		BigDecimal gifts = (done && this.random.nextInt(100) < 5) ? BigDecimal.valueOf(100 + this.random.nextInt(701))
				: BigDecimal.ZERO;
		later(Table.VISIT, this.ids.next(), 0, rep, customer, type, status, planned, day, objective,
				done ? planned : null, done ? planned.plusMinutes(minutes) : null, done ? minutes : null,
				done ? Words.pick(this.random, Words.RESULTS) : null, travel, meals, gifts, BigDecimal.ZERO,
				"CANCELLED".equals(status) ? Words.pick(this.random, Words.CANCEL_REASONS) : null, prospect, rep,
				at(day.minusDays(3)));
		return done ? day : null;
	}

	/** Writes the owner's activities about this customer; returns the last day. */
	private LocalDate activities(long customer, long owner, LocalDate from) {
		long span = ChronoUnit.DAYS.between(from, this.today);
		LocalDate last = null;
		for (int a = this.random.nextInt(4); a > 0 && span > 0; a--) {
			LocalDate day = from.plusDays(this.random.nextLong(span + 1));
			String type = Words.pick(this.random, Words.CUSTOMER_ACTIVITIES);
			BigDecimal amount = "RECEIVABLE_COLLECTED".equals(type)
					? BigDecimal.valueOf(1_000 + this.random.nextInt(49_000)).setScale(2) : null;
			later(Table.ACTIVITY_LOG, this.ids.next(), 0, owner, day, type, customer, 15 + 15 * this.random.nextInt(8),
					amount, null, at(day));
			last = max(last, day);
		}
		return last;
	}

	private void opportunities(long customer, long owner, LocalDate customerCreated) {
		int count = (this.random.nextInt(100) < 35) ? 1 : 0;
		for (int o = 0; o < count; o++) {
			long id = this.ids.next();
			LocalDate created = max(customerCreated, this.today.minusDays(1 + this.random.nextInt(300)));
			int roll = this.random.nextInt(100);
			int stage = (roll < 20) ? 0 : (roll < 35) ? 1 : (roll < 50) ? 2 : (roll < 60) ? 3 : (roll < 85) ? 4 : 5;
			LocalDate closed = (stage >= 4) ? min(created.plusDays(10 + this.random.nextInt(120)), this.today) : null;
			int product = this.products.pick(this.random, 0);
			long amountYuan = 10_000 + this.random.nextInt(490_000);
			later(Table.OPPORTUNITY, id, 0, customer, owner,
					Words.pick(this.random, Words.OBJECTIVES).substring(2) + "项目", STAGES.get(stage),
					BigDecimal.valueOf(amountYuan).setScale(2), created.plusDays(30 + this.random.nextInt(120)), closed,
					at(created));
			later(Table.OPPORTUNITY_LINE, id, 1, this.products.id(product),
					BigDecimal.valueOf(Math.max(1, amountYuan * 10_000 / this.products.price4(product))),
					BigDecimal.valueOf(amountYuan).setScale(2));
			String from = null;
			int steps = (stage == 5) ? 1 + this.random.nextInt(3) : Math.min(stage, 3) + 1;
			for (int s = 0; s < steps; s++) {
				String to = (s == steps - 1) ? STAGES.get(stage) : STAGES.get(s);
				LocalDate on = (closed != null && s == steps - 1) ? closed : min(created.plusDays(s), this.today);
				later(Table.OPPORTUNITY_STAGE_CHANGE, id, s + 1, from, to, at(on), owner);
				from = to;
			}
		}
	}

	static OffsetDateTime at(LocalDate day) {
		return day.atTime(9, 0).atOffset(BEIJING);
	}

	static LocalDate max(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isAfter(b)) ? a : b;
	}

	static LocalDate min(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isBefore(b)) ? a : b;
	}

	static boolean workingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
