package org.salesteam.customer.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.salesteam.platform.IdBlocks;
import org.salesteam.customer.Attitude;
import org.salesteam.customer.CompanyNames;
import org.salesteam.customer.BuyingRole;
import org.salesteam.customer.CompanySize;
import org.salesteam.customer.Contact;
import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerClassChanged;
import org.salesteam.customer.CustomerImports;
import org.salesteam.customer.CustomerProfile;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.CustomerTransferred;
import org.salesteam.customer.EnterpriseType;
import org.salesteam.customer.ProspectConverted;
import org.salesteam.customer.ProfileField;
import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditLog;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CustomerImports} as JDBC batches. Reads go through {@code in (…)} lists of at
 * most {@value #IN_LIST} values.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CustomerBulkWriter implements CustomerImports {

	static final int IN_LIST = 1000;

	/**
	 * The audit trail's entity type of a customer ({@code @Audited} on {@link Customer}).
	 */
	static final String AUDIT_ENTITY = "customer";

	/**
	 * The audit trail's entity type of a contact ({@code @Audited} on {@link Contact}).
	 */
	static final String CONTACT_AUDIT_ENTITY = "contact";

	private static final String CUSTOMER_COLUMNS = """
			id, version, code, name, industry, enterprise_type, segment_id, territory_id, province, city, address,
			company_size, potential, source, key_account, credit_limit, payment_terms_days, notes, owner_id, tax_id,
			phone
			""";

	private static final String CONTACT_COLUMNS = """
			id, version, customer_id, name, title, department, mobile, office_phone, email, wechat, buying_role,
			attitude, influence, reports_to_id, notes
			""";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final CustomerRules rules;

	private final OwnerChoices owners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ConversionHistory conversions;

	private final AuditLog auditLog;

	private final CustomerCodes codes;

	CustomerBulkWriter(JdbcTemplate jdbc, CustomerRules rules, OwnerChoices owners, ApplicationEventPublisher events,
			Clock clock, ConversionHistory conversions, AuditLog auditLog, CustomerCodes codes) {
		this.auditLog = auditLog;
		this.codes = codes;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.rules = rules;
		this.owners = owners;
		this.events = events;
		this.clock = clock;
		this.conversions = conversions;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, StoredCustomer> findCustomers(Collection<String> codes) {
		Map<String, StoredCustomer> found = new HashMap<>();
		for (List<?> part : parts(codes)) {
			this.named.query("select " + CUSTOMER_COLUMNS + " from customer where code in (:codes)",
					Map.of("codes", part), (rs) -> {
						StoredCustomer stored = storedCustomer(rs);
						found.put(stored.profile().code(), stored);
					});
		}
		return found;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<KeyedCustomer> findByKeys(Collection<String> nameKeys, Collection<String> taxIds) {
		List<KeyedCustomer> found = new ArrayList<>();
		for (String column : List.of("name_key", "tax_id")) {
			for (List<?> part : parts(column.equals("name_key") ? nameKeys : taxIds)) {
				this.named.query(
						"select id, code, owner_id, name_key, tax_id from customer where " + column + " in (:keys)",
						Map.of("keys", part), (rs) -> {
							found.add(new KeyedCustomer(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
									rs.getString(4), rs.getString(5)));
						});
			}
		}
		return found;
	}

	@Override
	public List<String> newCodes(int count) {
		return (count > 0) ? this.codes.next(count) : List.of();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<StoredContact> findContacts(Collection<Long> customerIds) {
		List<StoredContact> found = new ArrayList<>();
		for (List<?> part : parts(customerIds)) {
			this.named.query("select " + CONTACT_COLUMNS + " from contact where customer_id in (:ids)",
					Map.of("ids", part), (rs) -> {
						found.add(storedContact(rs));
					});
		}
		return found;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Set<Long> assignableOwners(UserPrincipal user) {
		return this.owners.assignable(user).stream().map((member) -> member.id()).collect(Collectors.toSet());
	}

	@Override
	public void createCustomers(List<NewCustomer> customers, Writer by, LocalDate on) {
		long byUserId = by.userId();
		if (customers.isEmpty()) {
			return;
		}
		IdBlocks ids = new IdBlocks(this.jdbc);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		ClassificationPolicy policy = this.rules.current().classification();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		List<CustomerClassChanged> published = new ArrayList<>();
		List<AuditLog.Record> audit = new ArrayList<>();
		for (NewCustomer customer : customers) {
			long id = ids.next();
			CustomerProfile p = customer.profile();
			CustomerClass computed = policy.classify(p.potential());
			rows.add(new Object[] { id, p.code(), p.name(), p.industry(), name(p.enterpriseType()), p.segmentId(),
					p.territoryId(), p.province(), p.city(), p.address(), name(p.size()), p.potential(),
					name(p.source()), customer.ownerId(), (customer.ownerId() != null) ? on : null,
					(customer.ownerId() == null) ? on : null, p.keyAccount(), p.creditLimit(), p.paymentTermsDays(),
					p.notes(), CustomerStatus.PROSPECT.name(), computed.name(), now, p.taxId(), p.phone(),
					CompanyNames.key(p.name()), CompanyNames.phoneDigits(p.phone()) });
			history.add(new Object[] { ids.next(), id, customer.ownerId(), null, computed.name(), on, byUserId, now });
			published.add(new CustomerClassChanged(id, customer.ownerId(), null, computed, on, true));
			audit.add(created(id, p, customer.ownerId(), computed));
		}
		this.jdbc.batchUpdate("""
				insert into customer (id, version, code, name, industry, enterprise_type, segment_id, territory_id,
				    province, city, address, company_size, potential, source, owner_id, owned_since, pooled_on,
				    key_account, credit_limit, payment_terms_days, notes, status, customer_class, class_overridden,
				    created_at, tax_id, phone, name_key, phone_key)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?)
				""", rows);
		insertHistory(history);
		this.auditLog.recordAll(by.username(), by.source(), audit);
		published.forEach(this.events::publishEvent);
	}

	@Override
	public void changeCustomers(List<CustomerChange> changes, Writer by, LocalDate on) {
		long byUserId = by.userId();
		if (changes.isEmpty()) {
			return;
		}
		Map<Long, ClassState> classes = classStates(changes.stream().map((c) -> c.stored().id()).toList());
		ClassificationPolicy policy = this.rules.current().classification();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		IdBlocks ids = new IdBlocks(this.jdbc);
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		List<Object> published = new ArrayList<>();
		List<AuditLog.Record> audit = new ArrayList<>();
		for (CustomerChange change : changes) {
			StoredCustomer stored = change.stored();
			CustomerProfile p = change.profile();
			ClassState state = classes.get(stored.id());
			CustomerClass target = state.overridden() ? state.current() : policy.classify(p.potential());
			boolean ownerChanged = change.ownerId() != null && !change.ownerId().equals(stored.ownerId());
			if (target != state.current()) {
				history.add(new Object[] { ids.next(), stored.id(), change.ownerId(), state.current().name(),
						target.name(), on, byUserId, now });
				published
					.add(new CustomerClassChanged(stored.id(), change.ownerId(), state.current(), target, on, true));
			}
			if (ownerChanged) {
				published.add(new CustomerTransferred(stored.id(), stored.ownerId(), change.ownerId(), on));
			}
			audit.add(changed(stored, p, change.ownerId(), state.current(), target));
			rows.add(new Object[] { p.code(), p.name(), p.industry(), name(p.enterpriseType()), p.segmentId(),
					p.territoryId(), p.province(), p.city(), p.address(), name(p.size()), p.potential(),
					name(p.source()), p.keyAccount(), p.creditLimit(), p.paymentTermsDays(), p.notes(),
					change.ownerId(), ownerChanged ? on : null, ownerChanged ? 1 : 0, target.name(), p.taxId(),
					p.phone(), CompanyNames.key(p.name()), CompanyNames.phoneDigits(p.phone()), stored.id(),
					stored.version() });
		}
		int[] counts = this.jdbc.batchUpdate("""
				update customer set version = version + 1, code = ?, name = ?, industry = ?, enterprise_type = ?,
				    segment_id = ?, territory_id = ?, province = ?, city = ?, address = ?, company_size = ?,
				    potential = ?, source = ?, key_account = ?, credit_limit = ?, payment_terms_days = ?, notes = ?,
				    owner_id = ?, owned_since = coalesce(?, owned_since),
				    pooled_on = case when ? = 1 then null else pooled_on end, customer_class = ?, tax_id = ?,
				    phone = ?, name_key = ?, phone_key = ?
				where id = ? and version = ?
				""", rows);
		requireAllWritten(counts, Customer.class);
		insertHistory(history);
		this.auditLog.recordAll(by.username(), by.source(), audit);
		published.forEach(this.events::publishEvent);
	}

	/** A new customer's entry: every field with a value. */
	private static AuditLog.Record created(long id, CustomerProfile profile, Long ownerId, CustomerClass computed) {
		List<AuditEntry.Change> changes = new ArrayList<>();
		for (ProfileField field : ProfileField.values()) {
			String value = field.value(profile);
			if (value != null) {
				changes.add(new AuditEntry.Change(field.key(), null, value));
			}
		}
		if (ownerId != null) {
			changes.add(new AuditEntry.Change("ownerId", null, ownerId.toString()));
		}
		changes.add(new AuditEntry.Change("status", null, CustomerStatus.PROSPECT.name()));
		changes.add(new AuditEntry.Change("customerClass", null, computed.name()));
		return new AuditLog.Record(AUDIT_ENTITY, id, AuditAction.CREATE, changes);
	}

	/** A changed customer's entry: the fields whose values differ. */
	private static AuditLog.Record changed(StoredCustomer stored, CustomerProfile profile, Long ownerId,
			CustomerClass from, CustomerClass to) {
		List<AuditEntry.Change> changes = new ArrayList<>();
		for (ProfileField field : ProfileField.values()) {
			String before = field.value(stored.profile());
			String after = field.value(profile);
			if (!java.util.Objects.equals(before, after)) {
				changes.add(new AuditEntry.Change(field.key(), before, after));
			}
		}
		if (!java.util.Objects.equals(stored.ownerId(), ownerId)) {
			changes.add(new AuditEntry.Change("ownerId", ProfileField.format(stored.ownerId()),
					ProfileField.format(ownerId)));
		}
		if (from != to) {
			changes.add(new AuditEntry.Change("customerClass", from.name(), to.name()));
		}
		return new AuditLog.Record(AUDIT_ENTITY, stored.id(), AuditAction.UPDATE, changes);
	}

	@Override
	public void createContacts(List<NewContact> contacts, Writer by) {
		if (contacts.isEmpty()) {
			return;
		}
		IdBlocks ids = new IdBlocks(this.jdbc);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Object[]> rows = new ArrayList<>();
		List<AuditLog.Record> audit = new ArrayList<>();
		for (NewContact contact : contacts) {
			Contact.Details d = contact.details();
			long id = ids.next();
			List<AuditEntry.Change> fields = new ArrayList<>();
			fields.add(new AuditEntry.Change("customerId", null, String.valueOf(contact.customerId())));
			contactChanges(null, d, fields);
			audit.add(new AuditLog.Record(CONTACT_AUDIT_ENTITY, id, AuditAction.CREATE, fields));
			rows.add(new Object[] { id, contact.customerId(), d.name(), d.title(), d.department(), d.mobile(),
					d.officePhone(), d.email(), d.wechat(), name(d.buyingRole()), name(d.attitude()), d.influence(),
					d.reportsToId(), d.notes(), now });
		}
		this.jdbc.batchUpdate("""
				insert into contact (id, version, customer_id, name, title, department, mobile, office_phone, email,
				    wechat, buying_role, attitude, influence, reports_to_id, notes, created_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		this.auditLog.recordAll(by.username(), by.source(), audit);
	}

	/**
	 * The contact's fields that differ between {@code before} (null: none) and
	 * {@code after}.
	 */
	private static void contactChanges(Contact.Details before, Contact.Details after, List<AuditEntry.Change> into) {
		String[] names = { "name", "title", "department", "mobile", "officePhone", "email", "wechat", "buyingRole",
				"attitude", "influence", "reportsToId", "notes" };
		Object[] old = (before != null) ? contactValues(before) : new Object[names.length];
		Object[] now = contactValues(after);
		for (int i = 0; i < names.length; i++) {
			String from = ProfileField.format(old[i]);
			String to = ProfileField.format(now[i]);
			if (!java.util.Objects.equals(from, to)) {
				into.add(new AuditEntry.Change(names[i], from, to));
			}
		}
	}

	private static Object[] contactValues(Contact.Details d) {
		return new Object[] { d.name(), d.title(), d.department(), d.mobile(), d.officePhone(), d.email(), d.wechat(),
				d.buyingRole(), d.attitude(), d.influence(), d.reportsToId(), d.notes() };
	}

	@Override
	public void changeContacts(List<ContactChange> changes, Writer by) {
		if (changes.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		List<AuditLog.Record> audit = new ArrayList<>();
		for (ContactChange change : changes) {
			Contact.Details d = change.details();
			List<AuditEntry.Change> fields = new ArrayList<>();
			contactChanges(change.stored().details(), d, fields);
			audit.add(new AuditLog.Record(CONTACT_AUDIT_ENTITY, change.stored().id(), AuditAction.UPDATE, fields));
			rows.add(new Object[] { d.name(), d.title(), d.department(), d.mobile(), d.officePhone(), d.email(),
					d.wechat(), name(d.buyingRole()), name(d.attitude()), d.influence(), d.reportsToId(), d.notes(),
					change.stored().id(), change.stored().version() });
		}
		int[] counts = this.jdbc.batchUpdate("""
				update contact set version = version + 1, name = ?, title = ?, department = ?, mobile = ?,
				    office_phone = ?, email = ?, wechat = ?, buying_role = ?, attitude = ?, influence = ?,
				    reports_to_id = ?, notes = ?
				where id = ? and version = ?
				""", rows);
		requireAllWritten(counts, Contact.class);
		this.auditLog.recordAll(by.username(), by.source(), audit);
	}

	/**
	 * Reads the customers with a row lock, applies {@link Customer#recordFirstOrder} and
	 * {@link Customer#recordActivity} to what was read and writes the customers that
	 * changed, by id and version.
	 */
	@Override
	public void recordPlacedOrders(Map<Long, PlacedOrders> orders) {
		List<Object[]> rows = new ArrayList<>();
		List<ProspectConverted> converted = new ArrayList<>();
		for (List<?> part : parts(new TreeSet<>(orders.keySet()))) {
			this.named.query("""
					select id, version, owner_id, status, first_order_date, last_activity_date, qualified_on
					from customer where id in (:ids) order by id for update
					""", Map.of("ids", part), (rs) -> {
				CustomerStatus status = CustomerStatus.valueOf(rs.getString("status"));
				if (status == CustomerStatus.LOST) {
					return;
				}
				long id = rs.getLong("id");
				PlacedOrders placed = orders.get(id);
				LocalDate first = rs.getObject("first_order_date", LocalDate.class);
				LocalDate activity = later(rs.getObject("last_activity_date", LocalDate.class), placed.first());
				CustomerStatus newStatus = status;
				LocalDate newFirst = first;
				if (first == null) {
					newFirst = placed.first();
					if (status == CustomerStatus.PROSPECT) {
						newStatus = CustomerStatus.ACTIVE;
						converted.add(new ProspectConverted(id, rs.getObject("owner_id", Long.class), placed.first(),
								rs.getObject("qualified_on", LocalDate.class) != null));
					}
				}
				else if (placed.first().isBefore(first)) {
					newFirst = placed.first();
				}
				if (placed.latest() != null) {
					activity = later(activity, placed.latest());
				}
				if (newStatus != status || !newFirst.equals(first)
						|| !activity.equals(rs.getObject("last_activity_date", LocalDate.class))) {
					rows.add(new Object[] { newStatus.name(), newFirst, activity, id, rs.getInt("version") });
				}
			});
		}
		int[] counts = this.jdbc.batchUpdate("""
				update customer set version = version + 1, status = ?, first_order_date = ?, last_activity_date = ?
				where id = ? and version = ?
				""", rows);
		requireAllWritten(counts, Customer.class);
		this.conversions.recordAll(converted);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return (a == null || b.isAfter(a)) ? b : a;
	}

	private void insertHistory(List<Object[]> history) {
		if (history.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				insert into customer_class_change (id, version, customer_id, owner_id, from_class, to_class,
				    changed_on, automatic, reason, changed_by, created_at)
				values (?, 0, ?, ?, ?, ?, ?, true, null, ?, ?)
				""", history);
	}

	private record ClassState(CustomerClass current, boolean overridden) {
	}

	private Map<Long, ClassState> classStates(List<Long> customerIds) {
		Map<Long, ClassState> states = new HashMap<>();
		for (List<?> part : parts(customerIds)) {
			this.named.query("select id, customer_class, class_overridden from customer where id in (:ids)",
					Map.of("ids", part), (rs) -> {
						states.put(rs.getLong(1),
								new ClassState(CustomerClass.valueOf(rs.getString(2)), rs.getBoolean(3)));
					});
		}
		return states;
	}

	private static void requireAllWritten(int[] counts, Class<?> type) {
		for (int count : counts) {
			if (count == 0) {
				throw new ObjectOptimisticLockingFailureException(type, "bulk import");
			}
		}
	}

	private static List<List<?>> parts(Collection<?> values) {
		List<?> all = List.copyOf(values);
		List<List<?>> parts = new ArrayList<>();
		for (int start = 0; start < all.size(); start += IN_LIST) {
			parts.add(all.subList(start, Math.min(all.size(), start + IN_LIST)));
		}
		return parts;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static StoredCustomer storedCustomer(ResultSet rs) throws SQLException {
		CustomerProfile profile = new CustomerProfile(rs.getString("code"), rs.getString("name"),
				rs.getString("industry"), parse(EnterpriseType.class, rs.getString("enterprise_type")),
				rs.getObject("segment_id", Long.class), rs.getObject("territory_id", Long.class),
				rs.getString("province"), rs.getString("city"), rs.getString("address"),
				parse(CompanySize.class, rs.getString("company_size")), money(rs.getBigDecimal("potential")),
				parse(CustomerSource.class, rs.getString("source")), rs.getBoolean("key_account"),
				money(rs.getBigDecimal("credit_limit")), rs.getInt("payment_terms_days"), rs.getString("notes"),
				rs.getString("tax_id"), rs.getString("phone"));
		return new StoredCustomer(rs.getLong("id"), rs.getInt("version"), rs.getObject("owner_id", Long.class),
				profile);
	}

	private static StoredContact storedContact(ResultSet rs) throws SQLException {
		Contact.Details details = new Contact.Details(rs.getString("name"), rs.getString("title"),
				rs.getString("department"), rs.getString("mobile"), rs.getString("office_phone"), rs.getString("email"),
				rs.getString("wechat"), parse(BuyingRole.class, rs.getString("buying_role")),
				parse(Attitude.class, rs.getString("attitude")), rs.getInt("influence"),
				rs.getObject("reports_to_id", Long.class), rs.getString("notes"));
		return new StoredContact(rs.getLong("id"), rs.getInt("version"), rs.getLong("customer_id"), details);
	}

	private static BigDecimal money(BigDecimal value) {
		return (value != null) ? value.setScale(2, java.math.RoundingMode.HALF_UP) : null;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return (value != null) ? Enum.valueOf(type, value) : null;
	}

}
