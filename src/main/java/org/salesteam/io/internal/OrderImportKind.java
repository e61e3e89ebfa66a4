package org.salesteam.io.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.salesteam.customer.CompanyNames;
import org.salesteam.customer.CustomerImports;
import org.salesteam.customer.CustomerImports.StoredCustomer;
import org.salesteam.customer.CustomerProfile;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.ProductData;
import org.salesteam.product.ProductImports;
import org.salesteam.product.ProductImports.StoredProduct;
import org.salesteam.sales.OrderImports;
import org.salesteam.sales.OrderImports.ImportedLine;
import org.salesteam.sales.OrderImports.StoredOrder;
import org.salesteam.sales.OrderLine;
import org.salesteam.sales.OrderStatus;
import org.salesteam.team.ReferenceCodes;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * {@code orders}: one row per order line (see {@link ImportKind} for the fields). Lines
 * are grouped into orders by order number; the order's date, customer, rep and territory
 * come from its first row in the file, and a later row naming another customer is
 * rejected. A line's key is its {@code lineNumber}, or else its position among the
 * order's rows in the file — never its product. A line number is a key, not a position
 * (issue 14): a positive whole number of any size (leading zeros and a trailing
 * {@code .0} are dropped, so {@code 007}, {@code 7} and Excel's {@code 7.0} are one key)
 * or any other text of at most {@value OrderLine#MAX_KEY_LENGTH} characters, kept as
 * written; zero or a negative number is refused. Within one order in a file either every
 * row has a line number or none has: a row that breaks the rule of the order's first row
 * is refused. Missing customers (code, name, segment, territory; owner the row's rep) and
 * products (code, name, category; standard cost from the line's cost, else 0) are
 * created; a territory or segment the system lacks is a row error naming its column and
 * value, unless an admin chose to create the missing ones (issue 20, ADR 0023, as in the
 * customer import); a rep named must exist, a blank one means the customer's owner; a
 * blank territory the customer's. A product created by this job takes the name of its
 * last row; a stored product keeps its name (the name in an order file is only a
 * snapshot). A status {@code cancelled} on any row cancels the order (on the import's
 * date, reason {@value OrderImports#CANCEL_REASON}); {@code delivered} makes a new order
 * delivered. On a stored order, changed lines are updated, new ones added, a changed
 * date, a named rep or territory update the header; lines missing from the file are kept.
 * Imported orders are history: no credit check. Amounts, costs and profits are rounded to
 * cents, as exported files carry computed cells with more decimals. After the job, the
 * customers with written orders are told about their first order and latest activity,
 * once each. A customer the file would create goes through the customer import's
 * duplicate check (查重, issue 20, ADR 0025) by its name (else its code): the same company
 * ({@link CompanyNames#key}) as a stored customer or as a new customer of an earlier row
 * under another code is a row error on the customer name, naming that code or line — the
 * row is not linked to the match, since only the file's author knows which code is right.
 */
@Component
class OrderImportKind implements ImportKind {

	static final String NAME = "orders";

	/** A number as a line key may be written: digits, a sign, decimals. */
	private static final Pattern NUMBER_TEXT = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private static final List<ImportField> FIELDS = List.of(
			ImportField.required("orderNumber", "订单编号", "订单号", "单号", "销售单号", "order number", "order no", "order id",
					"order"),
			ImportField.optional("lineNumber", "行号", "明细行号", "序号", "line number", "line no", "line"),
			ImportField.required("orderDate", "订单日期", "下单日期", "销售日期", "日期", "order date", "date"),
			ImportField.required("customerCode", "客户编码", "客户代码", "客户编号", "customer code", "customer no", "customer id",
					"客户ID"),
			ImportField.optional("customerName", "客户名称", "客户全称", "客户", "customer name", "customer"),
			ImportField.optional("customerSegment", "细分市场", "客户细分", "segment", "customer segment"),
			ImportField.optional("territoryCode", "区域编码", "区域代码", "销售区域", "区域", "片区", "territory code", "territory",
					"region"),
			ImportField.optional("repUsername", "销售账号", "负责销售账号", "业务员账号", "负责销售", "业务员", "销售代表", "rep username",
					"sales rep", "rep", "owner"),
			ImportField.required("productCode", "产品编码", "产品代码", "物料编码", "product code", "item code", "sku",
					"product id", "产品ID"),
			ImportField.optional("productName", "产品名称", "品名", "物料名称", "product name", "product", "item"),
			ImportField.optional("productCategory", "产品类别", "产品分类", "类别", "category", "product category"),
			ImportField.required("quantity", "数量", "销售数量", "quantity", "qty"),
			ImportField.optional("unitPrice", "单价", "销售单价", "含税单价", "unit price", "price"),
			ImportField.optional("discount", "折扣", "折扣率", "discount"),
			ImportField.optional("lineAmount", "金额", "销售金额", "净额", "行金额", "line amount", "net amount", "amount",
					"sales", "销售额"),
			ImportField.optional("lineCost", "成本", "成本金额", "行成本", "line cost", "cost"),
			ImportField.optional("lineProfit", "毛利", "毛利额", "利润", "line profit", "gross profit", "profit"),
			ImportField.optional("status", "订单状态", "状态", "order status", "status"));

	/** What a row's status says about its order. */
	enum LineStatus {

		OPEN, DELIVERED, CANCELLED;

		static LineStatus parse(String text) {
			if (text == null) {
				return OPEN;
			}
			return switch (text.trim().toLowerCase(Locale.ROOT)) {
				case "cancelled", "canceled", "已取消", "取消" -> CANCELLED;
				case "confirmed", "已确认", "credit hold", "待信用审批" -> OPEN;
				case "delivered", "已交货" -> DELIVERED;
				default -> null;
			};
		}

	}

	private final CustomerImports customers;

	private final ProductImports products;

	private final OrderImports orders;

	private final ReferenceCodes references;

	private final TeamDirectory directory;

	OrderImportKind(CustomerImports customers, ProductImports products, OrderImports orders, ReferenceCodes references,
			TeamDirectory directory) {
		this.customers = customers;
		this.products = products;
		this.orders = orders;
		this.references = references;
		this.directory = directory;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ImportField> fields() {
		return FIELDS;
	}

	@Override
	public boolean allows(UserPrincipal user) {
		return user.hasAnyRole(Role.ADMIN, Role.DIRECTOR);
	}

	@Override
	public ImportSession open(ImportContext context) {
		return new Session(context);
	}

	private record Patch(String orderNumber, String lineNumber, LocalDate orderDate, String customerCode,
			String customerName, String segment, String territory, String rep, String productCode, String productName,
			String productCategory, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
			BigDecimal lineAmount, BigDecimal lineCost, BigDecimal lineProfit, LineStatus status) {
	}

	/** A customer as the job knows it; {@code id} null: still to be created. */
	private static final class CustomerRef {

		Long id;

		final Long ownerId;

		final Long territoryId;

		CustomerRef(Long id, Long ownerId, Long territoryId) {
			this.id = id;
			this.ownerId = ownerId;
			this.territoryId = territoryId;
		}

	}

	/** A product as the job knows it; {@code id} null: still to be created. */
	private static final class ProductRef {

		Long id;

		int version;

		ProductData data;

		final boolean createdByJob;

		ProductRef(Long id, int version, ProductData data, boolean createdByJob) {
			this.id = id;
			this.version = version;
			this.data = data;
			this.createdByJob = createdByJob;
		}

	}

	/** An order as its first accepted row in the file set it up. */
	private record OrderState(String customerCode, int firstLine, LocalDate date, Long ownerId, boolean repNamed,
			Long territoryId, boolean territoryNamed, boolean keyed, Map<String, Integer> keys) {
	}

	/** An accepted row, with its line's amounts computed. */
	private record Planned(int index, int line, String orderNumber, String key, String productCode, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal discount, BigDecimal netAmount, BigDecimal cost, LineStatus status) {
	}

	private final class Session implements ImportSession {

		private final ImportContext context;

		private final OwnerLookup reps = new OwnerLookup(OrderImportKind.this.directory);

		private final ReferenceLookup territories = new ReferenceLookup(OrderImportKind.this.references::findTerritory,
				OrderImportKind.this.references::territory);

		private final ReferenceLookup segments = new ReferenceLookup(OrderImportKind.this.references::findSegment,
				OrderImportKind.this.references::segment);

		private final Map<String, CustomerRef> customerRefs = new HashMap<>();

		private final Set<MissingReference> missing = new java.util.LinkedHashSet<>();

		private final Map<String, ProductRef> productRefs = new HashMap<>();

		private final Map<String, OrderState> orderStates = new HashMap<>();

		private final Map<String, Integer> positions = new HashMap<>();

		private final SameCompany sameCompany = new SameCompany();

		/**
		 * Customers with written orders that count as sales → their latest order date.
		 */
		private final Map<Long, LocalDate> placed = new HashMap<>();

		Session(ImportContext context) {
			this.context = context;
		}

		@Override
		public List<RowOutcome> process(List<SourceRow> rows, boolean write) {
			List<RowValues> values = new ArrayList<>(rows.size());
			List<Patch> patches = new ArrayList<>(rows.size());
			for (SourceRow row : rows) {
				RowValues v = new RowValues(row);
				patches.add(parse(v));
				values.add(v);
			}
			lookUp(patches);
			Map<String, StoredOrder> stored = OrderImportKind.this.orders
				.findOrders(patches.stream().map(Patch::orderNumber).filter(Objects::nonNull).distinct().toList());
			RowOutcome[] outcomes = new RowOutcome[rows.size()];
			Map<String, CustomerImports.NewCustomer> newCustomers = new LinkedHashMap<>();
			List<ProductRef> newProducts = new ArrayList<>();
			Set<ProductRef> renamed = new HashSet<>();
			List<Planned> planned = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				RowValues v = values.get(i);
				Patch p = patches.get(i);
				Planned plan = check(v, p, i, stored, newCustomers, newProducts, renamed, write);
				if (plan == null) {
					outcomes[i] = v.rejected();
				}
				else {
					planned.add(plan);
				}
			}
			if (write) {
				createReferences(newCustomers, newProducts, renamed);
			}
			writeOrders(planned, stored, outcomes, write);
			return List.of(outcomes);
		}

		@Override
		public Set<MissingReference> missing() {
			return this.missing;
		}

		@Override
		public void finish(boolean write) {
			if (!write || this.placed.isEmpty()) {
				return;
			}
			Map<Long, CustomerImports.PlacedOrders> placedOrders = new HashMap<>();
			OrderImportKind.this.orders.firstPlacedOrderDates(this.placed.keySet())
				.forEach((customerId, first) -> placedOrders.put(customerId,
						new CustomerImports.PlacedOrders(first, this.placed.get(customerId))));
			OrderImportKind.this.customers.recordPlacedOrders(placedOrders);
		}

		private Patch parse(RowValues v) {
			LineStatus status = LineStatus.parse(v.text("status", 100));
			if (status == null) {
				v.reject("status", "io.orders.status");
			}
			return new Patch(v.required("orderNumber", 40), lineKey(v),
					(v.required("orderDate", 50) != null) ? v.date("orderDate") : null,
					v.code("customerCode", 32, true), v.text("customerName", 200), v.text("customerSegment", 100),
					v.text("territoryCode", 100), v.text("repUsername", 50), v.code("productCode", 32, true),
					v.text("productName", 200), v.text("productCategory", 50),
					(v.required("quantity", 50) != null) ? v.decimal("quantity", 4, false) : null,
					v.decimal("unitPrice", 4, false), v.decimal("discount", 4, false), v.money("lineAmount", false),
					v.money("lineCost", false), v.money("lineProfit", true), status);
		}

		/**
		 * Loads the customers and products of the chunk that the job does not know yet.
		 */
		private void lookUp(List<Patch> patches) {
			List<String> customerCodes = patches.stream()
				.map(Patch::customerCode)
				.filter(Objects::nonNull)
				.filter((code) -> !this.customerRefs.containsKey(code))
				.distinct()
				.toList();
			OrderImportKind.this.customers.findCustomers(customerCodes)
				.forEach((code, c) -> this.customerRefs.put(code,
						new CustomerRef(c.id(), c.ownerId(), c.profile().territoryId())));
			this.sameCompany.load(OrderImportKind.this.customers,
					patches.stream()
						.filter((p) -> p.customerCode() != null && !this.customerRefs.containsKey(p.customerCode()))
						.map((p) -> CompanyNames.key(newCustomerName(p)))
						.distinct()
						.toList(),
					List.of());
			List<String> productCodes = patches.stream()
				.map(Patch::productCode)
				.filter(Objects::nonNull)
				.filter((code) -> !this.productRefs.containsKey(code))
				.distinct()
				.toList();
			OrderImportKind.this.products.findProducts(productCodes)
				.forEach((code, p) -> this.productRefs.put(code, new ProductRef(p.id(), p.version(), p.data(), false)));
		}

		/** Checks a row against the file so far and the stored data; null: rejected. */
		private Planned check(RowValues v, Patch p, int index, Map<String, StoredOrder> stored,
				Map<String, CustomerImports.NewCustomer> newCustomers, List<ProductRef> newProducts,
				Set<ProductRef> renamed, boolean write) {
			int position = (p.orderNumber() != null) ? this.positions.merge(p.orderNumber(), 1, Integer::sum) : 0;
			Long repId = null;
			if (p.rep() != null) {
				repId = this.reps.find(p.rep()).orElse(null);
				if (repId == null) {
					v.reject("repUsername", "io.value.unknownUser");
				}
			}
			if (p.discount() != null && p.discount().compareTo(BigDecimal.ONE) > 0) {
				v.reject("discount", "io.value.range", 0, 1);
			}
			if (p.quantity() != null && p.quantity().signum() == 0) {
				v.reject("quantity", "io.orders.quantity");
			}
			Long territoryId = this.territories.resolve(v, "territoryCode", p.territory(), this.context, write,
					this.missing);
			Long segmentId = (this.customerRefs.get(p.customerCode()) == null)
					? this.segments.resolve(v, "customerSegment", p.segment(), this.context, write, this.missing)
					: null;
			if (!v.ok()) {
				return null;
			}
			CustomerRef customer = this.customerRefs.get(p.customerCode());
			if (customer != null && customer.id != null && !this.context.visibility().canSee(customer.ownerId)) {
				return v.reject("customerCode", "io.customers.notVisible");
			}
			OrderState state = this.orderStates.get(p.orderNumber());
			StoredOrder order = stored.get(p.orderNumber());
			if (state != null && !state.customerCode().equals(p.customerCode())) {
				return v.reject("customerCode", "io.orders.otherCustomer", state.firstLine());
			}
			if (state == null && order != null
					&& (customer == null || customer.id == null || customer.id != order.customerId())) {
				return v.reject("customerCode", "io.orders.storedCustomer");
			}
			if (state != null && state.keyed() != (p.lineNumber() != null)) {
				return v.reject("lineNumber",
						state.keyed() ? "io.orders.lineNumber.missing" : "io.orders.lineNumber.mixed", v.line(),
						state.firstLine());
			}
			String key = (p.lineNumber() != null) ? p.lineNumber() : Integer.toString(position);
			if (state != null && state.keys().containsKey(key)) {
				return v.reject((p.lineNumber() != null) ? "lineNumber" : "orderNumber", "io.value.duplicate",
						state.keys().get(key));
			}
			String nameKey = (customer == null) ? CompanyNames.key(newCustomerName(p)) : null;
			if (nameKey != null) {
				this.sameCompany.checkNewCustomer(v, (p.customerName() != null) ? "customerName" : "customerCode",
						nameKey, this.context.visibility());
				if (!v.ok()) {
					return null;
				}
			}
			// accepted: what it creates is planned now, so that later rows find it
			if (customer == null) {
				customer = new CustomerRef(null, repId, territoryId);
				this.customerRefs.put(p.customerCode(), customer);
				this.sameCompany.created(nameKey, v.line());
				newCustomers.put(p.customerCode(),
						new CustomerImports.NewCustomer(
								new CustomerProfile(p.customerCode(), newCustomerName(p), null, null, segmentId,
										territoryId, null, null, null, null, zero(), null, false, zero(), 30, null),
								repId));
			}
			if (state == null) {
				state = new OrderState(p.customerCode(), v.line(), p.orderDate(),
						(repId != null) ? repId : customer.ownerId, repId != null,
						(p.territory() != null) ? territoryId : customer.territoryId, p.territory() != null,
						p.lineNumber() != null, new HashMap<>());
				this.orderStates.put(p.orderNumber(), state);
			}
			state.keys().put(key, v.line());
			ProductRef product = product(p, newProducts, renamed);
			return line(p, index, v.line(), key, product);
		}

		/** The name of the customer a row would create: its name, else its code. */
		private static String newCustomerName(Patch p) {
			return (p.customerName() != null) ? p.customerName() : p.customerCode();
		}

		private ProductRef product(Patch p, List<ProductRef> newProducts, Set<ProductRef> renamed) {
			ProductRef product = this.productRefs.get(p.productCode());
			if (product == null) {
				BigDecimal standardCost = (p.lineCost() != null)
						? p.lineCost().divide(p.quantity(), 4, RoundingMode.HALF_UP).abs() : BigDecimal.ZERO;
				product = new ProductRef(null, 0,
						ProductImportKind.normal(new ProductData(p.productCode(),
								(p.productName() != null) ? p.productName() : p.productCode(),
								(p.productCategory() != null) ? p.productCategory()
										: ProductImportKind.DEFAULT_CATEGORY,
								ProductImportKind.DEFAULT_UNIT,
								(p.unitPrice() != null) ? p.unitPrice() : BigDecimal.ZERO, standardCost, true)),
						true);
				this.productRefs.put(p.productCode(), product);
				newProducts.add(product);
			}
			else if (product.createdByJob && p.productName() != null && !p.productName().equals(product.data.name())) {
				ProductData d = product.data;
				product.data = new ProductData(d.code(), p.productName(), d.category(), d.unit(), d.listPrice(),
						d.standardCost(), d.active());
				if (product.id != null) {
					renamed.add(product);
				}
			}
			return product;
		}

		private Planned line(Patch p, int index, int line, String key, ProductRef product) {
			BigDecimal discount = (p.discount() != null) ? p.discount() : BigDecimal.ZERO;
			BigDecimal price = p.unitPrice();
			if (price == null) {
				price = (p.lineAmount() != null) ? p.lineAmount().divide(p.quantity(), 4, RoundingMode.HALF_UP).abs()
						: product.data.listPrice();
			}
			BigDecimal net = OrderLine.of(key, 0, p.quantity(), price, discount, p.lineAmount(), BigDecimal.ZERO, null)
				.getNetAmount();
			BigDecimal cost = p.lineCost();
			if (cost == null && p.lineProfit() != null) {
				cost = net.subtract(p.lineProfit());
			}
			OrderLine computed = OrderLine.of(key, 0, p.quantity(), price, discount, net, cost,
					product.data.standardCost());
			return new Planned(index, line, p.orderNumber(), key, p.productCode(), p.quantity(), price, discount,
					computed.getNetAmount(), computed.getCost(), p.status());
		}

		private void createReferences(Map<String, CustomerImports.NewCustomer> newCustomers,
				List<ProductRef> newProducts, Set<ProductRef> renamed) {
			CustomerImports.Writer by = this.context.writer();
			if (!newCustomers.isEmpty()) {
				OrderImportKind.this.customers.createCustomers(List.copyOf(newCustomers.values()), by,
						this.context.today());
				OrderImportKind.this.customers.findCustomers(newCustomers.keySet())
					.forEach((code, c) -> this.customerRefs.get(code).id = c.id());
			}
			if (!newProducts.isEmpty()) {
				Map<String, Long> ids = OrderImportKind.this.products
					.createProducts(newProducts.stream().map((product) -> product.data).toList());
				newProducts.forEach((product) -> product.id = ids.get(product.data.code()));
			}
			if (!renamed.isEmpty()) {
				List<ProductImports.ProductChange> changes = new ArrayList<>();
				for (ProductRef product : renamed) {
					changes.add(new ProductImports.ProductChange(
							new StoredProduct(product.id, product.version, product.data), product.data));
					product.version++;
				}
				OrderImportKind.this.products.changeProducts(changes);
			}
		}

		/** Outcomes of the accepted rows and, when writing, the orders' writes. */
		private void writeOrders(List<Planned> planned, Map<String, StoredOrder> stored, RowOutcome[] outcomes,
				boolean write) {
			Map<String, List<Planned>> byOrder = new LinkedHashMap<>();
			planned.forEach((plan) -> byOrder.computeIfAbsent(plan.orderNumber(), (n) -> new ArrayList<>()).add(plan));
			List<OrderImports.NewImportedOrder> created = new ArrayList<>();
			List<OrderImports.OrderChange> changed = new ArrayList<>();
			byOrder.forEach((number, plans) -> {
				OrderState state = this.orderStates.get(number);
				CustomerRef customer = this.customerRefs.get(state.customerCode());
				long customerId = (customer.id != null) ? customer.id : -1;
				StoredOrder order = stored.get(number);
				boolean cancel = plans.stream().anyMatch((plan) -> plan.status() == LineStatus.CANCELLED);
				if (order == null) {
					OrderStatus status = cancel ? OrderStatus.CANCELLED
							: plans.stream().anyMatch((plan) -> plan.status() == LineStatus.DELIVERED)
									? OrderStatus.DELIVERED : OrderStatus.CONFIRMED;
					plans.forEach(
							(plan) -> outcomes[plan.index()] = RowOutcome.of(plan.line(), RowOutcome.Result.CREATED));
					created.add(new OrderImports.NewImportedOrder(number, customerId, state.date(), state.ownerId(),
							state.territoryId(), status, plans.stream().map(this::imported).toList()));
					if (!cancel) {
						placed(customerId, state.date());
					}
					return;
				}
				List<ImportedLine> added = new ArrayList<>();
				List<ImportedLine> replaced = new ArrayList<>();
				for (Planned plan : plans) {
					ImportedLine line = imported(plan);
					ImportedLine existing = order.lines().get(plan.key());
					RowOutcome.Result result;
					if (existing == null) {
						added.add(line);
						result = RowOutcome.Result.CREATED;
					}
					else if (line.sameAs(existing)) {
						result = RowOutcome.Result.UNCHANGED;
					}
					else {
						replaced.add(line);
						result = RowOutcome.Result.CHANGED;
					}
					outcomes[plan.index()] = RowOutcome.of(plan.line(), result);
				}
				boolean cancelling = cancel && order.status() != OrderStatus.CANCELLED;
				LocalDate date = null;
				Long owner = null;
				Long territory = null;
				Planned first = plans.stream()
					.filter((plan) -> plan.line() == state.firstLine())
					.findFirst()
					.orElse(null);
				if (first != null) {
					date = state.date().equals(order.orderDate()) ? null : state.date();
					owner = (state.repNamed() && !Objects.equals(state.ownerId(), order.ownerId())) ? state.ownerId()
							: null;
					territory = (state.territoryNamed() && !Objects.equals(state.territoryId(), order.territoryId()))
							? state.territoryId() : null;
				}
				boolean headerChanged = date != null || owner != null || territory != null;
				if (cancelling || headerChanged) {
					Planned marker = (first != null && headerChanged) ? first
							: plans.stream()
								.filter((plan) -> plan.status() == LineStatus.CANCELLED)
								.findFirst()
								.orElseThrow();
					if (outcomes[marker.index()].result() == RowOutcome.Result.UNCHANGED) {
						outcomes[marker.index()] = RowOutcome.of(marker.line(), RowOutcome.Result.CHANGED);
					}
				}
				if (cancelling || headerChanged || !added.isEmpty() || !replaced.isEmpty()) {
					changed.add(new OrderImports.OrderChange(order.id(), date, owner, territory, cancelling, added,
							replaced));
					if (!cancel && order.status() != OrderStatus.CANCELLED) {
						placed(customerId, (date != null) ? date : order.orderDate());
					}
				}
			});
			if (write) {
				OrderImportKind.this.orders.createOrders(created, this.context.user().id(), this.context.today());
				OrderImportKind.this.orders.changeOrders(changed, this.context.today());
			}
			else {
				this.placed.clear();
			}
		}

		private void placed(long customerId, LocalDate date) {
			if (customerId > 0) {
				this.placed.merge(customerId, date, (a, b) -> a.isAfter(b) ? a : b);
			}
		}

		private ImportedLine imported(Planned plan) {
			ProductRef product = this.productRefs.get(plan.productCode());
			return new ImportedLine(plan.key(), (product.id != null) ? product.id : -1, plan.quantity(),
					plan.unitPrice(), plan.discount(), plan.netAmount(), plan.cost());
		}

	}

	/**
	 * The row's line key (see the class comment); null when blank or refused, with the
	 * refusal recorded.
	 */
	static String lineKey(RowValues v) {
		String text = v.text("lineNumber", Integer.MAX_VALUE);
		if (text == null) {
			return null;
		}
		String key = text;
		String number = Normalizer.normalize(text, Normalizer.Form.NFKC);
		if (NUMBER_TEXT.matcher(number).matches()) {
			BigDecimal value = new BigDecimal(number);
			if (value.signum() <= 0) {
				return v.reject("lineNumber", "io.orders.lineNumber.notPositive", v.line());
			}
			if (value.stripTrailingZeros().scale() <= 0) {
				key = value.toBigIntegerExact().toString();
			}
		}
		if (key.length() > OrderLine.MAX_KEY_LENGTH) {
			return v.reject("lineNumber", "io.orders.lineNumber.tooLong", v.line(), OrderLine.MAX_KEY_LENGTH,
					key.length());
		}
		return key;
	}

	private static BigDecimal zero() {
		return new BigDecimal("0.00");
	}

}
