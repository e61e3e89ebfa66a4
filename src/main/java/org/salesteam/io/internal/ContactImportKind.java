package org.salesteam.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.salesteam.customer.Attitude;
import org.salesteam.customer.BuyingRole;
import org.salesteam.customer.Contact;
import org.salesteam.customer.CustomerImports;
import org.salesteam.customer.CustomerImports.StoredContact;
import org.salesteam.customer.CustomerImports.StoredCustomer;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code contacts}: natural key the customer code, the contact's name and mobile number
 * (digits only; blank counts as a value), so two people of the same name at one customer
 * are told apart by their mobile, and a changed mobile number adds a contact. The
 * customer must exist and be visible to the user. Whom a contact reports to is kept as
 * stored.
 */
@Component
class ContactImportKind implements ImportKind {

	static final String NAME = "contacts";

	private static final List<ImportField> FIELDS = List.of(
			ImportField.required("customerCode", "客户编码", "客户代码", "客户编号", "customer code", "customer"),
			ImportField.required("name", "联系人", "联系人姓名", "姓名", "名字", "contact name", "contact", "name"),
			ImportField.optional("title", "职务", "职位", "岗位", "头衔", "title", "position", "job title"),
			ImportField.optional("department", "部门", "所在部门", "department", "dept"),
			ImportField.optional("mobile", "手机", "手机号", "手机号码", "移动电话", "mobile", "mobile phone", "cell phone"),
			ImportField.optional("phone", "办公电话", "电话", "座机", "固定电话", "office phone", "phone", "telephone", "tel"),
			ImportField.optional("email", "邮箱", "电子邮箱", "电子邮件", "email", "e-mail", "mail"),
			ImportField.optional("wechat", "微信", "微信号", "wechat", "weixin"),
			ImportField.optional("buyingRole", "采购角色", "角色", "buying role", "role"),
			ImportField.optional("attitude", "态度", "立场", "attitude"),
			ImportField.optional("influence", "影响力", "影响程度", "influence"),
			ImportField.optional("notes", "备注", "说明", "notes", "remarks"));

	private final CustomerImports customers;

	private final Choices<BuyingRole> roles;

	private final Choices<Attitude> attitudes;

	ContactImportKind(CustomerImports customers, MessageSource messages) {
		this.customers = customers;
		this.roles = new Choices<>(BuyingRole.class, BuyingRole::messageKey, messages,
				Map.of("决策人", BuyingRole.DECISION_MAKER, "decision maker", BuyingRole.DECISION_MAKER, "影响人",
						BuyingRole.INFLUENCER, "用户", BuyingRole.USER, "技术评估", BuyingRole.TECHNICAL_EVALUATOR,
						"technical", BuyingRole.TECHNICAL_EVALUATOR, "守门人", BuyingRole.GATEKEEPER));
		this.attitudes = new Choices<>(Attitude.class, Attitude::messageKey, messages,
				Map.of("支持者", Attitude.SUPPORTER, "中立者", Attitude.NEUTRAL, "反对者", Attitude.OPPONENT, "support",
						Attitude.SUPPORTER, "oppose", Attitude.OPPONENT));
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
		return user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
	}

	@Override
	public ImportSession open(ImportContext context) {
		return new Session(context);
	}

	/** The natural key of a contact. */
	private record Key(long customerId, String name, String mobileDigits) {

		static Key of(long customerId, String name, String mobile) {
			return new Key(customerId, name.trim(), (mobile != null) ? mobile.replaceAll("[^0-9]", "") : "");
		}

	}

	private record Patch(String customerCode, String name, String title, String department, String mobile, String phone,
			String email, String wechat, BuyingRole buyingRole, Attitude attitude, Integer influence, String notes) {
	}

	private final class Session implements ImportSession {

		private final ImportContext context;

		private final Map<Key, Integer> seen = new HashMap<>();

		Session(ImportContext context) {
			this.context = context;
		}

		@Override
		public List<RowOutcome> process(List<SourceRow> rows, boolean write) {
			Map<Integer, RowValues> values = new HashMap<>();
			Map<Integer, Patch> patches = new HashMap<>();
			for (SourceRow row : rows) {
				RowValues v = new RowValues(row);
				patches.put(row.line(), parse(v));
				values.put(row.line(), v);
			}
			Map<String, StoredCustomer> stored = ContactImportKind.this.customers
				.findCustomers(patches.values().stream().map(Patch::customerCode).filter(Objects::nonNull).toList());
			Map<Key, StoredContact> contacts = new HashMap<>();
			ContactImportKind.this.customers.findContacts(stored.values().stream().map(StoredCustomer::id).toList())
				.forEach((contact) -> contacts.putIfAbsent(
						Key.of(contact.customerId(), contact.details().name(), contact.details().mobile()), contact));
			List<RowOutcome> outcomes = new ArrayList<>();
			List<CustomerImports.NewContact> created = new ArrayList<>();
			List<CustomerImports.ContactChange> changed = new ArrayList<>();
			for (SourceRow row : rows) {
				RowValues v = values.get(row.line());
				Patch patch = patches.get(row.line());
				StoredCustomer customer = v.ok() ? stored.get(patch.customerCode()) : null;
				if (v.ok() && (customer == null || !this.context.visibility().canSee(customer.ownerId()))) {
					v.reject("customerCode", "io.contacts.unknownCustomer");
				}
				Key key = v.ok() ? Key.of(customer.id(), patch.name(), patch.mobile()) : null;
				if (key != null) {
					Integer first = this.seen.putIfAbsent(key, row.line());
					if (first != null) {
						v.reject("name", "io.value.duplicate", first);
					}
				}
				if (!v.ok()) {
					outcomes.add(v.rejected());
					continue;
				}
				StoredContact existing = contacts.get(key);
				Contact.Details details = merge(patch, (existing != null) ? existing.details() : null);
				ImportWrites writes = this.context.options().writes();
				if (existing == null && !writes.creates()) {
					outcomes.add(RowOutcome.of(row.line(), RowOutcome.Result.UNCHANGED));
				}
				else if (existing == null) {
					created.add(new CustomerImports.NewContact(customer.id(), details));
					outcomes.add(RowOutcome.of(row.line(), RowOutcome.Result.CREATED));
				}
				else if (!writes.updates() || details.equals(existing.details())) {
					outcomes.add(RowOutcome.of(row.line(), RowOutcome.Result.UNCHANGED));
				}
				else {
					changed.add(new CustomerImports.ContactChange(existing, details));
					outcomes.add(RowOutcome.of(row.line(), RowOutcome.Result.CHANGED));
				}
			}
			if (write) {
				ContactImportKind.this.customers.createContacts(created, this.context.writer());
				ContactImportKind.this.customers.changeContacts(changed, this.context.writer());
			}
			return outcomes;
		}

		private Patch parse(RowValues v) {
			return new Patch(v.code("customerCode", 32, true), v.required("name", 100), v.text("title", 100),
					v.text("department", 100), v.text("mobile", 30), v.text("phone", 30), v.email("email", 200),
					v.text("wechat", 100), v.choice("buyingRole", ContactImportKind.this.roles),
					v.choice("attitude", ContactImportKind.this.attitudes), v.integer("influence", 1, 5),
					v.text("notes", 2000));
		}

		private Contact.Details merge(Patch p, Contact.Details stored) {
			if (stored == null) {
				return new Contact.Details(p.name(), p.title(), p.department(), p.mobile(), p.phone(), p.email(),
						p.wechat(), p.buyingRole(), p.attitude(), (p.influence() != null) ? p.influence() : 3, null,
						p.notes());
			}
			return new Contact.Details(stored.name(), CustomerImportKind.or(p.title(), stored.title()),
					CustomerImportKind.or(p.department(), stored.department()),
					CustomerImportKind.or(p.mobile(), stored.mobile()),
					CustomerImportKind.or(p.phone(), stored.officePhone()),
					CustomerImportKind.or(p.email(), stored.email()),
					CustomerImportKind.or(p.wechat(), stored.wechat()),
					CustomerImportKind.or(p.buyingRole(), stored.buyingRole()),
					CustomerImportKind.or(p.attitude(), stored.attitude()),
					CustomerImportKind.or(p.influence(), stored.influence()), stored.reportsToId(),
					CustomerImportKind.or(p.notes(), stored.notes()));
		}

	}

}
