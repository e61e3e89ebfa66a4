package org.salesteam.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.salesteam.customer.CompanyNames;
import org.salesteam.customer.CompanySize;
import org.salesteam.customer.CustomerImports;
import org.salesteam.customer.CustomerImports.StoredCustomer;
import org.salesteam.customer.CustomerProfile;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.EnterpriseType;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.ReferenceCodes;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code customers}: natural key the customer code. Rights per row: a stored customer
 * must be visible to the user; an owner named in the file must be one the user may assign
 * (a rep: only themselves). A new customer without owner belongs to the rep who imports
 * it, or goes to the pool when a manager, director or admin imports it (as when
 * registering one by hand). A territory or segment the system lacks is a row error naming
 * its column, unless an admin chose to create the missing ones. A row's problems are all
 * reported at once (values, references, owner, visibility). Which rows are written
 * follows the job's {@link ImportWrites}. A blank code registers a new customer under the
 * next automatic code (drawn when writing). The duplicate check (查重, issue 20): a row
 * whose name key or tax id ({@link CompanyNames}) is a stored customer's other than the
 * one its code names, or an earlier row's of the file, is a row error on the column that
 * matched, naming the stored customer's code when the user may see it.
 */
@Component
class CustomerImportKind implements ImportKind {

	static final String NAME = "customers";

	private static final List<ImportField> FIELDS = List.of(
			ImportField.optional("code", "客户编码", "客户代码", "客户编号", "编码", "代码", "customer code", "customer no",
					"customer id", "code"),
			ImportField.required("name", "客户名称", "客户全称", "公司名称", "单位名称", "企业名称", "客户", "名称", "customer name",
					"company name", "customer", "company", "name"),
			ImportField.optional("industry", "行业", "所属行业", "行业类别", "industry"),
			ImportField.optional("enterpriseType", "企业性质", "企业类型", "单位性质", "性质", "enterprise type", "ownership",
					"company type"),
			ImportField.optional("segment", "细分市场", "市场细分", "客户细分", "segment", "market segment"),
			ImportField.optional("territoryCode", "区域编码", "区域代码", "销售区域", "区域", "片区", "territory code", "territory",
					"region"),
			ImportField.optional("province", "省份", "省", "所在省份", "province"),
			ImportField.optional("city", "城市", "市", "所在城市", "city"),
			ImportField.optional("address", "详细地址", "地址", "公司地址", "address"),
			ImportField.optional("size", "企业规模", "公司规模", "规模", "人数", "员工人数", "company size", "size", "employees"),
			ImportField.optional(
					"potential", "年采购潜力", "采购潜力", "年采购额", "潜力", "potential", "annual potential", "purchase potential"),
			ImportField.optional("source", "客户来源", "来源", "source", "lead source"),
			ImportField.optional("ownerUsername", "负责销售账号", "销售账号", "负责人账号", "用户名", "负责销售", "负责人", "销售代表", "业务员",
					"owner username", "owner", "rep username", "rep", "sales rep"),
			ImportField.optional("keyAccount", "重点客户", "大客户", "是否大客户", "key account", "ka"),
			ImportField.optional("creditLimit", "信用额度", "授信额度", "credit limit", "credit"),
			ImportField.optional("paymentTermsDays", "账期", "账期天数", "付款期限", "付款天数", "payment terms",
					"payment terms days", "terms"),
			ImportField.optional("notes", "备注", "说明", "notes", "remarks", "comment"),
			ImportField.optional("taxId", "统一社会信用代码", "信用代码", "社会信用代码", "税号", "纳税人识别号", "unified social credit code",
					"credit code", "tax id", "tax number"),
			ImportField.optional("phone", "公司电话", "电话", "总机", "联系电话", "company phone", "phone", "telephone"));

	private final CustomerImports customers;

	private final ReferenceCodes references;

	private final TeamDirectory directory;

	private final Choices<EnterpriseType> enterpriseTypes;

	private final Choices<CompanySize> sizes;

	private final Choices<CustomerSource> sources;

	CustomerImportKind(CustomerImports customers, ReferenceCodes references, TeamDirectory directory,
			MessageSource messages) {
		this.customers = customers;
		this.references = references;
		this.directory = directory;
		this.enterpriseTypes = new Choices<>(EnterpriseType.class, EnterpriseType::messageKey, messages,
				Map.of("国企", EnterpriseType.STATE_OWNED, "国有", EnterpriseType.STATE_OWNED, "民营", EnterpriseType.PRIVATE,
						"私营", EnterpriseType.PRIVATE, "民企", EnterpriseType.PRIVATE, "外资", EnterpriseType.FOREIGN, "外企",
						EnterpriseType.FOREIGN, "合资", EnterpriseType.JOINT_VENTURE, "事业",
						EnterpriseType.PUBLIC_INSTITUTION));
		this.sizes = new Choices<>(CompanySize.class, CompanySize::messageKey, messages, Map.of());
		this.sources = new Choices<>(CustomerSource.class, CustomerSource::messageKey, messages,
				Map.of("转介绍", CustomerSource.REFERRAL, "介绍", CustomerSource.REFERRAL, "陌拜", CustomerSource.COLD_CALL,
						"网站", CustomerSource.WEBSITE, "招标", CustomerSource.TENDER, "投标", CustomerSource.TENDER));
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String auditEntity() {
		return "customer";
	}

	@Override
	public List<ImportField> fields() {
		return FIELDS;
	}

	@Override
	public boolean allows(UserPrincipal user) {
		return user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
	}

	@Override
	public ImportSession open(ImportContext context) {
		return new Session(context);
	}

	/** What one row says about a customer; null fields were blank. */
	private record Patch(String code, String name, String industry, EnterpriseType enterpriseType, String segment,
			String territory, String province, String city, String address, CompanySize size, BigDecimal potential,
			CustomerSource source, String ownerUsername, Boolean keyAccount, BigDecimal creditLimit,
			Integer paymentTermsDays, String notes, String taxId, String phone) {
	}

	private final class Session implements ImportSession {

		private final ImportContext context;

		private final Set<Long> assignable;

		private final OwnerLookup owners = new OwnerLookup(CustomerImportKind.this.directory);

		private final ReferenceLookup territories = new ReferenceLookup(
				CustomerImportKind.this.references::findTerritory, CustomerImportKind.this.references::territory);

		private final ReferenceLookup segments = new ReferenceLookup(CustomerImportKind.this.references::findSegment,
				CustomerImportKind.this.references::segment);

		private final Map<String, Integer> seen = new HashMap<>();

		private final SameCompany sameCompany = new SameCompany();

		private final java.util.Set<MissingReference> missing = new java.util.LinkedHashSet<>();

		Session(ImportContext context) {
			this.context = context;
			this.assignable = CustomerImportKind.this.customers.assignableOwners(context.user());
		}

		@Override
		public List<RowOutcome> process(List<SourceRow> rows, boolean write) {
			ImportWrites writes = this.context.options().writes();
			List<RowOutcome> outcomes = new ArrayList<>();
			Map<Integer, Patch> patches = new HashMap<>();
			Map<Integer, RowValues> values = new HashMap<>();
			Map<Integer, Long[]> references = new HashMap<>();
			for (SourceRow row : rows) {
				RowValues v = new RowValues(row);
				Patch patch = parse(v);
				references.put(row.line(),
						new Long[] {
								this.segments.resolve(v, "segment", patch.segment(), this.context, write, this.missing),
								this.territories.resolve(v, "territoryCode", patch.territory(), this.context, write,
										this.missing) });
				patches.put(row.line(), patch);
				values.put(row.line(), v);
			}
			Map<String, StoredCustomer> stored = CustomerImportKind.this.customers.findCustomers(
					patches.values().stream().map((patch) -> patch.code()).filter(Objects::nonNull).toList());
			this.sameCompany.load(CustomerImportKind.this.customers,
					patches.values().stream().map((patch) -> CompanyNames.key(patch.name())).toList(),
					patches.values().stream().map(Patch::taxId).toList());
			List<CustomerImports.NewCustomer> created = new ArrayList<>();
			List<CustomerImports.CustomerChange> changed = new ArrayList<>();
			for (SourceRow row : rows) {
				RowValues v = values.get(row.line());
				Patch patch = patches.get(row.line());
				StoredCustomer existing = (patch.code() != null) ? stored.get(patch.code()) : null;
				Long owner = owner(v, patch, existing);
				if (v.ok() && patch.code() != null) {
					Integer first = this.seen.putIfAbsent(patch.code(), row.line());
					if (first != null) {
						v.reject("code", "io.value.duplicate", first);
					}
				}
				this.sameCompany.check(v, CompanyNames.key(patch.name()), patch.taxId(),
						(existing != null) ? existing.id() : null, this.context.visibility());
				if (!v.ok()) {
					outcomes.add(v.rejected());
					continue;
				}
				Long[] ids = references.get(row.line());
				CustomerProfile profile = merge(patch, (existing != null) ? existing.profile() : null, ids[0], ids[1]);
				if (existing == null) {
					if (writes.creates()) {
						created.add(new CustomerImports.NewCustomer(profile, owner));
						outcomes.add(RowOutcome.of(row.line(), RowOutcome.Result.CREATED));
					}
					else {
						outcomes.add(RowOutcome.of(row.line(), RowOutcome.Result.UNCHANGED));
					}
				}
				else if (!writes.updates()
						|| (profile.equals(existing.profile()) && Objects.equals(owner, existing.ownerId()))) {
					outcomes.add(RowOutcome.of(row.line(), RowOutcome.Result.UNCHANGED));
				}
				else {
					changed.add(new CustomerImports.CustomerChange(existing, profile, owner));
					outcomes
						.add(RowOutcome.changed(row.line(), CustomerImports.changedFields(existing, profile, owner)));
				}
			}
			if (write) {
				CustomerImports.Writer by = this.context.writer();
				created = withCodes(created);
				CustomerImportKind.this.customers.createCustomers(created, by, this.context.today());
				CustomerImportKind.this.customers.changeCustomers(changed, by, this.context.today());
			}
			return outcomes;
		}

		/** The new customers, those without a code under the next automatic ones. */
		private List<CustomerImports.NewCustomer> withCodes(List<CustomerImports.NewCustomer> created) {
			long blank = created.stream().filter((c) -> c.profile().code() == null).count();
			java.util.Iterator<String> codes = CustomerImportKind.this.customers.newCodes((int) blank).iterator();
			return created.stream()
				.map((c) -> (c.profile().code() != null) ? c
						: new CustomerImports.NewCustomer(c.profile().withCode(codes.next()), c.ownerId()))
				.toList();
		}

		@Override
		public java.util.Set<MissingReference> missing() {
			return this.missing;
		}

		private Patch parse(RowValues v) {
			return new Patch(v.code("code", 32, false), v.required("name", 200), v.text("industry", 100),
					v.choice("enterpriseType", CustomerImportKind.this.enterpriseTypes), v.text("segment", 100),
					v.text("territoryCode", 100), v.text("province", 50), v.text("city", 50), v.text("address", 300),
					v.choice("size", CustomerImportKind.this.sizes), v.amount("potential"),
					v.choice("source", CustomerImportKind.this.sources), v.text("ownerUsername", 50),
					v.yesNo("keyAccount"), v.amount("creditLimit"), v.integer("paymentTermsDays", 0, 365),
					v.text("notes", 2000), taxId(v), v.text("phone", 30));
		}

		/**
		 * The owner after the import, or a problem: the stored customer must be visible,
		 * a named owner must exist and be assignable.
		 */
		private Long owner(RowValues v, Patch patch, StoredCustomer existing) {
			if (existing != null && !this.context.visibility().canSee(existing.ownerId())) {
				return v.reject("code", "io.customers.notVisible");
			}
			Long named = null;
			if (patch.ownerUsername() != null) {
				named = this.owners.find(patch.ownerUsername()).orElse(null);
				if (named == null) {
					return v.reject("ownerUsername", "io.value.unknownUser");
				}
				if (!this.assignable.contains(named)) {
					return v.reject("ownerUsername", "io.customers.ownerNotAssignable");
				}
			}
			if (named != null) {
				return named;
			}
			if (existing != null) {
				return existing.ownerId();
			}
			UserPrincipal user = this.context.user();
			return user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN) ? null : Long.valueOf(user.id());
		}

		/** The row's values over the stored ones (blank keeps), or over the defaults. */
		private CustomerProfile merge(Patch p, CustomerProfile stored, Long segmentId, Long territoryId) {
			if (stored == null) {
				return new CustomerProfile(p.code(), p.name(), p.industry(), p.enterpriseType(), segmentId, territoryId,
						p.province(), p.city(), p.address(), p.size(), money(p.potential()), p.source(),
						Boolean.TRUE.equals(p.keyAccount()), money(p.creditLimit()),
						(p.paymentTermsDays() != null) ? p.paymentTermsDays() : 30, p.notes(), p.taxId(), p.phone());
			}
			return new CustomerProfile(p.code(), p.name(), or(p.industry(), stored.industry()),
					or(p.enterpriseType(), stored.enterpriseType()), or(segmentId, stored.segmentId()),
					or(territoryId, stored.territoryId()), or(p.province(), stored.province()),
					or(p.city(), stored.city()), or(p.address(), stored.address()), or(p.size(), stored.size()),
					or(p.potential(), stored.potential()), or(p.source(), stored.source()),
					or(p.keyAccount(), stored.keyAccount()), or(p.creditLimit(), stored.creditLimit()),
					or(p.paymentTermsDays(), stored.paymentTermsDays()), or(p.notes(), stored.notes()),
					or(p.taxId(), stored.taxId()), or(p.phone(), stored.phone()));
		}

	}

	/** A tax id cell: 18 digits or letters once spaces and dashes are gone. */
	private static String taxId(RowValues v) {
		String text = CompanyNames.taxId(v.text("taxId", 40));
		if (text != null && !text.matches("[0-9A-Z]{18}")) {
			return v.reject("taxId", "io.customers.taxId");
		}
		return text;
	}

	static <T> T or(T value, T stored) {
		return (value != null) ? value : stored;
	}

	private static BigDecimal money(BigDecimal value) {
		return (value != null) ? value : new BigDecimal("0.00");
	}

}
