package org.salesteam.io.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.salesteam.customer.CustomerExports;
import org.salesteam.customer.CustomerExports.ContactLine;
import org.salesteam.customer.CustomerExports.CustomerLine;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.ProductExports;
import org.salesteam.product.Products.ProductSummary;
import org.salesteam.sales.OrderExports;
import org.salesteam.sales.OrderExports.LineRow;
import org.salesteam.sales.OrderExports.OrderRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The lists as files. Each export is a list of columns — a header key and how to get the
 * value from a row — over a streamed query of the owning module, which applies the list's
 * filters and the user's visibility in SQL. Headers of columns that an import also reads
 * use the import field's label ({@code io.field.<kind>.<field>}), so an exported file
 * imports again without mapping. Adding an export (products, orders, order lines) is a
 * column list and a call of the module's streaming query.
 */
@Service
public class Exports {

	/** A column: the message key of its header and its value for a row. */
	record Column<T>(String headerKey, Function<T, Object> value) {
	}

	private final CustomerExports customers;

	private final ProductExports products;

	private final OrderExports orders;

	private final MessageSource messages;

	Exports(CustomerExports customers, ProductExports products, OrderExports orders, MessageSource messages) {
		this.customers = customers;
		this.products = products;
		this.orders = orders;
		this.messages = messages;
	}

	public void products(ProductExports.Criteria criteria, ExportFormat format, Locale locale, OutputStream out) {
		write(format, out, locale, "io.export.sheet.products", productColumns(locale),
				(sink) -> this.products.products(criteria, sink));
	}

	public void orders(UserPrincipal user, OrderExports.Criteria criteria, ExportFormat format, Locale locale,
			OutputStream out) {
		write(format, out, locale, "io.export.sheet.orders", orderColumns(locale),
				(sink) -> this.orders.orders(user, criteria, sink));
	}

	public void orderLines(UserPrincipal user, OrderExports.Criteria criteria, ExportFormat format, Locale locale,
			OutputStream out) {
		write(format, out, locale, "io.export.sheet.orderLines", lineColumns(locale),
				(sink) -> this.orders.lines(user, criteria, sink));
	}

	public void customers(UserPrincipal user, CustomerExports.Criteria criteria, ExportFormat format, Locale locale,
			OutputStream out) {
		write(format, out, locale, "io.export.sheet.customers", customerColumns(locale),
				(sink) -> this.customers.customers(user, criteria, sink));
	}

	public void contacts(UserPrincipal user, CustomerExports.Criteria criteria, ExportFormat format, Locale locale,
			OutputStream out) {
		write(format, out, locale, "io.export.sheet.contacts", contactColumns(locale),
				(sink) -> this.customers.contacts(user, criteria, sink));
	}

	private <T> void write(ExportFormat format, OutputStream out, Locale locale, String sheetKey,
			List<Column<T>> columns, Consumer<Consumer<T>> query) {
		try (TableWriter writer = TableWriter.of(format, out, text(sheetKey, locale))) {
			writer.row(columns.stream().map((column) -> text(column.headerKey(), locale)).toList());
			query.accept((line) -> {
				List<Object> values = new ArrayList<>(columns.size());
				columns.forEach((column) -> values.add(column.value().apply(line)));
				writer.row(values);
			});
		}
	}

	private List<Column<CustomerLine>> customerColumns(Locale locale) {
		String kind = "io.field." + CustomerImportKind.NAME + ".";
		return List.of(new Column<>(kind + "code", CustomerLine::code), new Column<>(kind + "name", CustomerLine::name),
				new Column<>(kind + "industry", CustomerLine::industry),
				new Column<>(kind + "enterpriseType",
						(c) -> label(c.enterpriseType(), "customer.enterpriseType.", locale)),
				new Column<>(kind + "segment", CustomerLine::segmentName),
				new Column<>(kind + "territoryCode", CustomerLine::territoryCode),
				new Column<>("io.export.customers.territoryName", CustomerLine::territoryName),
				new Column<>(kind + "province", CustomerLine::province),
				new Column<>(kind + "city", CustomerLine::city), new Column<>(kind + "address", CustomerLine::address),
				new Column<>(kind + "size", (c) -> label(c.companySize(), "customer.size.", locale)),
				new Column<>(kind + "potential", CustomerLine::potential),
				new Column<>(kind + "source", (c) -> label(c.source(), "customer.source.", locale)),
				new Column<>(kind + "ownerUsername", CustomerLine::ownerUsername),
				new Column<>("io.export.customers.ownerName", CustomerLine::ownerName),
				new Column<>(kind + "keyAccount", (c) -> yesNo(c.keyAccount(), locale)),
				new Column<>(kind + "creditLimit", CustomerLine::creditLimit),
				new Column<>(kind + "paymentTermsDays", CustomerLine::paymentTermsDays),
				new Column<>("io.export.customers.status", (c) -> label(c.status(), "customer.status.", locale)),
				new Column<>("io.export.customers.class", (c) -> c.customerClass().name()),
				new Column<>("io.export.customers.firstOrderDate", CustomerLine::firstOrderDate),
				new Column<>("io.export.customers.lastActivityDate", CustomerLine::lastActivityDate),
				new Column<>(kind + "notes", CustomerLine::notes), new Column<>(kind + "taxId", CustomerLine::taxId),
				new Column<>(kind + "phone", CustomerLine::phone));
	}

	private List<Column<ContactLine>> contactColumns(Locale locale) {
		String kind = "io.field." + ContactImportKind.NAME + ".";
		return List.of(new Column<>(kind + "customerCode", ContactLine::customerCode),
				new Column<>("io.export.contacts.customerName", ContactLine::customerName),
				new Column<>(kind + "name", ContactLine::name), new Column<>(kind + "title", ContactLine::title),
				new Column<>(kind + "department", ContactLine::department),
				new Column<>(kind + "mobile", ContactLine::mobile),
				new Column<>(kind + "phone", ContactLine::officePhone),
				new Column<>(kind + "email", ContactLine::email), new Column<>(kind + "wechat", ContactLine::wechat),
				new Column<>(kind + "buyingRole", (c) -> label(c.buyingRole(), "contact.buyingRole.", locale)),
				new Column<>(kind + "attitude", (c) -> label(c.attitude(), "contact.attitude.", locale)),
				new Column<>(kind + "influence", ContactLine::influence),
				new Column<>(kind + "notes", ContactLine::notes));
	}

	private List<Column<ProductSummary>> productColumns(Locale locale) {
		String kind = "io.field." + ProductImportKind.NAME + ".";
		return List.of(new Column<>(kind + "code", ProductSummary::code),
				new Column<>(kind + "name", ProductSummary::name),
				new Column<>(kind + "category", ProductSummary::category),
				new Column<>(kind + "unit", ProductSummary::unit),
				new Column<>(kind + "listPrice", (p) -> plain(p.listPrice())),
				new Column<>(kind + "standardCost", (p) -> plain(p.standardCost())),
				new Column<>(kind + "active", (p) -> yesNo(p.active(), locale)));
	}

	private List<Column<OrderRow>> orderColumns(Locale locale) {
		String kind = "io.field." + OrderImportKind.NAME + ".";
		Function<Enum<?>, String> status = labels("sales.order.status.", locale);
		return List.of(new Column<>(kind + "orderNumber", OrderRow::orderNumber),
				new Column<>(kind + "orderDate", OrderRow::orderDate),
				new Column<>(kind + "customerCode", OrderRow::customerCode),
				new Column<>(kind + "customerName", OrderRow::customerName),
				new Column<>(kind + "repUsername", OrderRow::repUsername),
				new Column<>("io.export.orders.repName", OrderRow::repName),
				new Column<>(kind + "territoryCode", OrderRow::territoryCode),
				new Column<>(kind + "status", (o) -> status.apply(o.status())),
				new Column<>("io.export.orders.netAmount", OrderRow::netAmount),
				new Column<>("io.export.orders.cost", OrderRow::cost),
				new Column<>("io.export.orders.profit", (o) -> o.netAmount().subtract(o.cost())),
				new Column<>("io.export.orders.deliveredOn", OrderRow::deliveredOn),
				new Column<>("io.export.orders.cancelledOn", OrderRow::cancelledOn),
				new Column<>("io.export.orders.cancelReason", OrderRow::cancelReason),
				new Column<>("io.export.orders.invoicedOn", OrderRow::invoicedOn),
				new Column<>("io.export.orders.invoiceAmount", OrderRow::invoiceAmount),
				new Column<>("io.export.orders.paidAmount", OrderRow::paidAmount),
				new Column<>("io.export.orders.dueDate", OrderRow::dueDate));
	}

	private List<Column<LineRow>> lineColumns(Locale locale) {
		String kind = "io.field." + OrderImportKind.NAME + ".";
		Function<Enum<?>, String> status = labels("sales.order.status.", locale);
		return List.of(new Column<>(kind + "orderNumber", LineRow::orderNumber),
				new Column<>(kind + "lineNumber", (l) -> lineKey(l.lineNo())),
				new Column<>(kind + "orderDate", LineRow::orderDate),
				new Column<>(kind + "customerCode", LineRow::customerCode),
				new Column<>(kind + "customerName", LineRow::customerName),
				new Column<>(kind + "customerSegment", LineRow::segmentName),
				new Column<>(kind + "territoryCode", LineRow::territoryCode),
				new Column<>(kind + "repUsername", LineRow::repUsername),
				new Column<>(kind + "productCode", LineRow::productCode),
				new Column<>(kind + "productName", LineRow::productName),
				new Column<>(kind + "productCategory", LineRow::productCategory),
				new Column<>(kind + "quantity", (l) -> plain(l.quantity())),
				new Column<>(kind + "unitPrice", (l) -> plain(l.unitPrice())),
				new Column<>(kind + "discount", (l) -> plain(l.discount())),
				new Column<>(kind + "lineAmount", LineRow::netAmount), new Column<>(kind + "lineCost", LineRow::cost),
				new Column<>(kind + "lineProfit", (l) -> l.netAmount().subtract(l.cost())),
				new Column<>(kind + "status", (l) -> status.apply(l.status())));
	}

	/**
	 * A line key as a number when it is a whole number a spreadsheet holds exactly (as
	 * before keys could be text), else as text; either imports back as the same key.
	 */
	private static Object lineKey(String key) {
		return (key.length() <= 15 && key.chars().allMatch((c) -> c >= '0' && c <= '9')) ? Long.valueOf(key) : key;
	}

	/** A rate without the trailing zeros of its stored scale (1.5000 → 1.5). */
	private static java.math.BigDecimal plain(java.math.BigDecimal value) {
		if (value == null) {
			return null;
		}
		java.math.BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * {@link #label} remembered per value, for the exports with up to millions of rows: a
	 * message lookup walks every message bundle.
	 */
	private Function<Enum<?>, String> labels(String prefix, Locale locale) {
		Map<Enum<?>, String> known = new HashMap<>();
		return (value) -> (value != null) ? known.computeIfAbsent(value, (v) -> label(v, prefix, locale)) : null;
	}

	private String label(Enum<?> value, String prefix, Locale locale) {
		return (value != null) ? this.messages.getMessage(prefix + value.name(), null, value.name(), locale) : null;
	}

	private String yesNo(boolean value, Locale locale) {
		return text(value ? "io.yes" : "io.no", locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
