package org.salesteam.customer.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.salesteam.platform.IdBlocks;
import org.salesteam.customer.BuyingRole;
import org.salesteam.customer.CompanySize;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.EnterpriseType;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of the demo customers, their contacts and class history, built in memory and
 * written with JDBC batches. Dates are consistent: owned before the last activity, first
 * order before today, class changes after creation.
 */
class DemoRows {

	/**
	 * The roles after the decision maker that demo contacts draw from: the four the demo
	 * was generated with (a coach is never generated, so the demo stays as it was).
	 */
	private static final int DEMO_ROLES = 4;

	/** What the generator decided about one customer. */
	record NewCustomer(String code, String name, String industry, EnterpriseType enterpriseType, Long segmentId,
			Long territoryId, String province, String city, String address, CompanySize size, BigDecimal potential,
			CustomerSource source, Long ownerId, CustomerStatus status, CustomerClass customerClass, Long managerId) {
	}

	final List<Object[]> customers = new ArrayList<>();

	final List<Object[]> contacts = new ArrayList<>();

	final List<Object[]> classChanges = new ArrayList<>();

	private final IdBlocks ids;

	private final LocalDate today;

	private final Random random;

	DemoRows(IdBlocks ids, LocalDate today, Random random) {
		this.ids = ids;
		this.today = today;
		this.random = random;
	}

	void addCustomer(NewCustomer c) {
		long id = this.ids.next();
		// Four in five buying customers are long-standing (first order years ago, before
		// the
		// two years of demo orders), one in five was won during them: a mature customer
		// base
		// with moderate growth, as a printing company's would be.
		boolean established = c.status() != CustomerStatus.PROSPECT && id % 5 != 0;
		LocalDate created = this.today.minusDays(120 + this.random.nextInt(600) + (established ? 1100 : 0));
		LocalDate ownedSince = (c.ownerId() != null) ? created.plusDays(this.random.nextInt(60)) : null;
		LocalDate pooledOn = (c.ownerId() == null) ? this.today.minusDays(1 + this.random.nextInt(200)) : null;
		LocalDate lastActivity = lastActivity(c);
		int firstOrderWithin = established ? 200
				: (int) java.time.temporal.ChronoUnit.DAYS.between(created, this.today.minusDays(100));
		LocalDate firstOrder = (c.status() == CustomerStatus.PROSPECT) ? null
				: created.plusDays(10 + this.random.nextInt(firstOrderWithin));
		LocalDate lostDate = (c.status() == CustomerStatus.LOST) ? this.today.minusDays(10 + this.random.nextInt(60))
				: null;
		boolean keyAccount = c.customerClass() == CustomerClass.A
				|| (c.customerClass() == CustomerClass.B && this.random.nextInt(5) == 0);
		BigDecimal creditLimit = (firstOrder != null) ? c.potential()
			.multiply(BigDecimal.valueOf(10 + this.random.nextInt(20)))
			.divide(BigDecimal.valueOf(100 * 10_000L), 0, RoundingMode.HALF_UP)
			.multiply(BigDecimal.valueOf(10_000)) : BigDecimal.ZERO;
		CustomerClass shown = history(id, c, created);
		String phone = DemoCompanyIds.phone(id, c.city());
		boolean overridden = shown != c.customerClass();
		this.customers.add(new Object[] { id, c.code(), c.name(), c.industry(), c.enterpriseType().name(),
				c.segmentId(), c.territoryId(), c.province(), c.city(), c.address(), c.size().name(), c.potential(),
				c.source().name(), c.ownerId(), ownedSince, pooledOn, keyAccount, creditLimit,
				DemoWords.pick(this.random, List.of(30, 30, 45, 60, 90)), c.status().name(), shown.name(), overridden,
				firstOrder, lostDate, (lostDate != null) ? DemoWords.pick(this.random, DemoWords.LOST_REASONS) : null,
				lastActivity, at(created), org.salesteam.customer.CompanyNames.key(c.name()),
				DemoCompanyIds.taxId(id, c.province()), phone,
				org.salesteam.customer.CompanyNames.phoneDigits(phone) });
		addContacts(id, 2 + this.random.nextInt(3));
	}

	private LocalDate lastActivity(NewCustomer c) {
		if (c.ownerId() == null) {
			return this.today.minusDays(120 + this.random.nextInt(300));
		}
		int roll = this.random.nextInt(100);
		if (roll < 6) {
			return this.today.minusDays(77 + this.random.nextInt(12));
		}
		return this.today.minusDays(1 + this.random.nextInt(70));
	}

	/**
	 * The customer's class history: the first classification, for a quarter of them a
	 * change of one level within the last two years, for a few a manager's override.
	 * @return the class the customer has now
	 */
	private CustomerClass history(long customerId, NewCustomer c, LocalDate created) {
		CustomerClass now = c.customerClass();
		int roll = this.random.nextInt(100);
		if (roll < 25 && now != CustomerClass.C) {
			CustomerClass before = CustomerClass.values()[now.ordinal() + 1];
			LocalDate changed = between(created.plusDays(1), this.today.minusDays(1));
			change(customerId, c.ownerId(), null, before, created, true, null, null);
			change(customerId, c.ownerId(), before, now, changed, true, null, null);
			return now;
		}
		change(customerId, c.ownerId(), null, now, created, true, null, null);
		if (roll >= 97 && c.managerId() != null) {
			CustomerClass decided = (now == CustomerClass.C) ? CustomerClass.B : CustomerClass.C;
			LocalDate changed = between(created.plusDays(1), this.today.minusDays(1));
			change(customerId, c.ownerId(), now, decided, changed, false,
					DemoWords.pick(this.random, DemoWords.OVERRIDE_REASONS), c.managerId());
			return decided;
		}
		return now;
	}

	private void change(long customerId, Long ownerId, CustomerClass from, CustomerClass to, LocalDate on,
			boolean automatic, String reason, Long by) {
		this.classChanges.add(new Object[] { this.ids.next(), customerId, ownerId, (from != null) ? from.name() : null,
				to.name(), on, automatic, reason, by, at(on) });
	}

	private void addContacts(long customerId, int count) {
		List<Long> added = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long id = this.ids.next();
			BuyingRole role = (i == 0) ? BuyingRole.DECISION_MAKER
					: BuyingRole.values()[1 + this.random.nextInt(DEMO_ROLES)];
			String attitude = DemoWords.pick(this.random,
					List.of("SUPPORTER", "SUPPORTER", "NEUTRAL", "NEUTRAL", "OPPONENT"));
			Long reportsTo = (i == 0) ? null : added.get(this.random.nextInt(Math.min(i, 2)));
			String name = DemoWords.pick(this.random, DemoWords.SURNAMES)
					+ DemoWords.pick(this.random, DemoWords.GIVEN_NAMES);
			String mobile = "1" + DemoWords.pick(this.random, List.of("35", "38", "39", "58", "86", "89"))
					+ String.format("%08d", this.random.nextInt(100_000_000));
			this.contacts.add(
					new Object[] { id, customerId, name, DemoWords.pick(this.random, DemoWords.TITLES.get(role.name())),
							DemoWords.DEPARTMENTS.get(role.name()), mobile,
							(this.random.nextBoolean()) ? "wx_" + mobile.substring(5) : null, role.name(), attitude,
							(i == 0) ? 5 : 1 + this.random.nextInt(4), reportsTo,
							at(this.today.minusDays(this.random.nextInt(700))) });
			added.add(id);
		}
	}

	private LocalDate between(LocalDate from, LocalDate to) {
		long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
		return (days <= 0) ? from : from.plusDays(this.random.nextInt((int) days));
	}

	static OffsetDateTime at(LocalDate date) {
		return date.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
	}

	void write(JdbcTemplate jdbc) {
		jdbc.batchUpdate(
				"""
						insert into customer (id, version, code, name, industry, enterprise_type, segment_id, territory_id,
						  province, city, address, company_size, potential, source, owner_id, owned_since, pooled_on, key_account,
						  credit_limit, payment_terms_days, status, customer_class, class_overridden, first_order_date, lost_date,
						  lost_reason, last_activity_date, created_at, name_key, tax_id, phone, phone_key)
						values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				this.customers);
		jdbc.batchUpdate("""
				insert into customer_class_change (id, version, customer_id, owner_id, from_class, to_class, changed_on,
				  automatic, reason, changed_by, created_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", this.classChanges);
		jdbc.batchUpdate("""
				insert into contact (id, version, customer_id, name, title, department, mobile, wechat, buying_role,
				  attitude, influence, reports_to_id, created_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", this.contacts);
	}

}
