package org.salesteam.customer.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.salesteam.customer.CustomerExports;
import org.salesteam.platform.RecordRows;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CustomerExports} on the customer list's own {@code where} clause
 * ({@link CustomerList#where}), streamed with a fetch size. The read-only transaction
 * lets PostgreSQL use a cursor instead of loading the whole result.
 */
@Component
class CustomerExportQuery implements CustomerExports {

	static final int FETCH_SIZE = 500;

	private static final String FROM = """
			from customer c
			left join app_user u on u.id = c.owner_id
			left join territory t on t.id = c.territory_id
			left join market_segment s on s.id = c.segment_id
			""";

	private static final String CUSTOMERS = """
			select c.code, c.name, c.industry, c.enterprise_type, s.code as segment_code, s.name as segment_name,
			       t.code as territory_code, t.name as territory_name, c.province, c.city, c.address, c.company_size,
			       c.potential, c.source, u.username as owner_username, u.display_name as owner_name, c.key_account,
			       c.credit_limit, c.payment_terms_days, c.status, c.customer_class, c.first_order_date,
			       c.last_activity_date, c.notes, c.tax_id, c.phone
			""" + FROM;

	private static final String CONTACTS = """
			select c.code as customer_code, c.name as customer_name, k.name, k.title, k.department, k.mobile,
			       k.office_phone, k.email, k.wechat, k.buying_role, k.attitude, k.influence, k.notes
			""" + FROM.replace("from customer c", "from contact k join customer c on c.id = k.customer_id");

	private final JdbcClient jdbc;

	private final CustomerAccess access;

	CustomerExportQuery(JdbcClient jdbc, CustomerAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public void customers(UserPrincipal user, Criteria criteria, Consumer<CustomerLine> sink) {
		CustomerFilter filter = filter(criteria);
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = CUSTOMERS + CustomerList.where(this.access.customers(user, "c"), filter, params) + "order by "
				+ filter.orderBy();
		try (Stream<CustomerLine> rows = this.jdbc.sql(sql)
			.withFetchSize(FETCH_SIZE)
			.params(params)
			.query(RecordRows.of(CustomerLine.class))
			.stream()) {
			rows.forEach(sink);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public void contacts(UserPrincipal user, Criteria criteria, Consumer<ContactLine> sink) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = CONTACTS + CustomerList.where(this.access.customers(user, "c"), filter(criteria), params)
				+ "order by c.code, k.name, k.id";
		try (Stream<ContactLine> rows = this.jdbc.sql(sql)
			.withFetchSize(FETCH_SIZE)
			.params(params)
			.query(RecordRows.of(ContactLine.class))
			.stream()) {
			rows.forEach(sink);
		}
	}

	private static CustomerFilter filter(Criteria criteria) {
		return new CustomerFilter(criteria.q(), criteria.status(), criteria.customerClass(), criteria.territoryId(),
				criteria.segmentId(), criteria.ownerId(), criteria.pool(), criteria.keyAccount(), criteria.sort(),
				criteria.descending(), 0, CustomerFilter.MAX_SIZE);
	}

}
