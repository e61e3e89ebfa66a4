package org.salesteam.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.ProductData;
import org.salesteam.product.ProductImports;
import org.salesteam.product.ProductImports.StoredProduct;

import org.springframework.stereotype.Component;

/**
 * {@code products}: natural key the product code. Categories are the products' own text,
 * so a new one exists as soon as a product names it. A code that appears again later in
 * the file updates the product (later rows win); a row that changes nothing against what
 * the earlier rows and the stored product say counts as unchanged, and within a chunk
 * only the final state is compared with the stored one, so a file with a renamed product
 * imports again without changes.
 */
@Component
class ProductImportKind implements ImportKind {

	static final String NAME = "products";

	/** Unit of a product whose file names none. */
	static final String DEFAULT_UNIT = "件";

	/** Category of a product whose file names none. */
	static final String DEFAULT_CATEGORY = "未分类";

	private static final List<ImportField> FIELDS = List.of(
			ImportField.required("code", "产品编码", "产品代码", "产品编号", "物料编码", "编码", "product code", "item code", "sku",
					"code"),
			ImportField.required("name", "产品名称", "品名", "物料名称", "名称", "product name", "product", "item", "name"),
			ImportField.optional("category", "产品类别", "产品分类", "类别", "分类", "category", "product category"),
			ImportField.optional("unit", "单位", "计量单位", "unit", "uom"),
			ImportField.optional("listPrice", "标准售价", "目录价", "单价", "售价", "价格", "list price", "price"),
			ImportField.optional("standardCost", "标准成本", "单位成本", "成本", "standard cost", "unit cost", "cost"),
			ImportField.optional("active", "是否启用", "启用", "在售", "有效", "active", "enabled"));

	private final ProductImports products;

	ProductImportKind(ProductImports products) {
		this.products = products;
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
		return new Session();
	}

	private record Patch(String code, String name, String category, String unit, BigDecimal listPrice,
			BigDecimal standardCost, Boolean active) {
	}

	private final class Session implements ImportSession {

		/** Products as earlier chunks of this job left them, by code. */
		private final Map<String, StoredProduct> known = new HashMap<>();

		@Override
		public List<RowOutcome> process(List<SourceRow> rows, boolean write) {
			List<RowValues> values = new ArrayList<>();
			List<Patch> patches = new ArrayList<>();
			for (SourceRow row : rows) {
				RowValues v = new RowValues(row);
				patches.add(parse(v));
				values.add(v);
			}
			List<String> codes = patches.stream()
				.map(Patch::code)
				.filter(Objects::nonNull)
				.filter((code) -> !this.known.containsKey(code))
				.toList();
			Map<String, StoredProduct> stored = new HashMap<>(ProductImportKind.this.products.findProducts(codes));
			stored.putAll(this.known);
			// the state each code reaches after the chunk's rows, and the row outcomes on
			// the way
			Map<String, ProductData> state = new LinkedHashMap<>();
			List<RowOutcome> outcomes = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				RowValues v = values.get(i);
				if (!v.ok()) {
					outcomes.add(v.rejected());
					continue;
				}
				Patch patch = patches.get(i);
				StoredProduct existing = stored.get(patch.code());
				ProductData before = state.containsKey(patch.code()) ? state.get(patch.code())
						: (existing != null) ? existing.data() : null;
				ProductData after = merge(patch, before);
				state.put(patch.code(), after);
				RowOutcome.Result result = (before == null) ? RowOutcome.Result.CREATED
						: after.equals(before) ? RowOutcome.Result.UNCHANGED : RowOutcome.Result.CHANGED;
				outcomes.add(RowOutcome.of(rows.get(i).line(), result));
			}
			// a code whose final state equals the stored product changed nothing at all
			List<ProductData> created = new ArrayList<>();
			List<ProductImports.ProductChange> changed = new ArrayList<>();
			for (Map.Entry<String, ProductData> entry : state.entrySet()) {
				StoredProduct existing = stored.get(entry.getKey());
				if (existing == null) {
					created.add(entry.getValue());
				}
				else if (!entry.getValue().equals(existing.data())) {
					changed.add(new ProductImports.ProductChange(existing, entry.getValue()));
				}
			}
			for (int i = 0; i < outcomes.size(); i++) {
				RowOutcome outcome = outcomes.get(i);
				if (outcome.result() == RowOutcome.Result.CHANGED) {
					StoredProduct existing = stored.get(patches.get(i).code());
					if (existing != null && state.get(patches.get(i).code()).equals(existing.data())) {
						outcomes.set(i, RowOutcome.of(outcome.line(), RowOutcome.Result.UNCHANGED));
					}
				}
			}
			if (write) {
				Map<String, Long> ids = ProductImportKind.this.products.createProducts(created);
				ProductImportKind.this.products.changeProducts(changed);
				created
					.forEach((data) -> this.known.put(data.code(), new StoredProduct(ids.get(data.code()), 0, data)));
				changed.forEach((change) -> this.known.put(change.data().code(),
						new StoredProduct(change.stored().id(), change.stored().version() + 1, change.data())));
			}
			return outcomes;
		}

		private Patch parse(RowValues v) {
			return new Patch(v.code("code", 32, true), v.required("name", 200), v.text("category", 50),
					v.text("unit", 20), v.decimal("listPrice", 4, false), v.decimal("standardCost", 4, false),
					v.yesNo("active"));
		}

		private ProductData merge(Patch p, ProductData stored) {
			if (stored == null) {
				return normal(new ProductData(p.code(), p.name(), or(p.category(), DEFAULT_CATEGORY),
						or(p.unit(), DEFAULT_UNIT), p.listPrice(), p.standardCost(),
						!Boolean.FALSE.equals(p.active())));
			}
			return normal(new ProductData(p.code(), p.name(), or(p.category(), stored.category()),
					or(p.unit(), stored.unit()), or(p.listPrice(), stored.listPrice()),
					or(p.standardCost(), stored.standardCost()), or(p.active(), stored.active())));
		}

	}

	/** The same scale as stored, so that equal values compare equal. */
	static ProductData normal(ProductData data) {
		return new ProductData(data.code(), data.name(), data.category(), data.unit(),
				data.listPrice().setScale(4, java.math.RoundingMode.UNNECESSARY),
				data.standardCost().setScale(4, java.math.RoundingMode.UNNECESSARY), data.active());
	}

	private static <T> T or(T value, T stored) {
		return CustomerImportKind.or(value, stored);
	}

}
