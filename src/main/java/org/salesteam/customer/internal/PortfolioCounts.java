package org.salesteam.customer.internal;

import java.util.EnumMap;
import java.util.Map;

import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerPortfolio;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL read model behind {@link CustomerPortfolio}: one grouped query, visibility bound
 * into it.
 */
@Component
class PortfolioCounts implements CustomerPortfolio {

	private final JdbcClient jdbc;

	private final CustomerAccess access;

	PortfolioCounts(JdbcClient jdbc, CustomerAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	public Portfolio of(UserPrincipal user) {
		Visibility.Where visible = this.access.owned(user, "owner_id");
		Map<CustomerClass, Long> byClass = new EnumMap<>(CustomerClass.class);
		Map<CustomerStatus, Long> byStatus = new EnumMap<>(CustomerStatus.class);
		for (CustomerClass each : CustomerClass.values()) {
			byClass.put(each, 0L);
		}
		for (CustomerStatus each : CustomerStatus.values()) {
			byStatus.put(each, 0L);
		}
		long[] totals = new long[2];
		visible.bind(this.jdbc.sql("""
				select customer_class, status, key_account, count(*) as n from customer
				where owner_id is not null and %s
				group by customer_class, status, key_account
				""".formatted(visible.sql()))).query((rs) -> {
			long n = rs.getLong("n");
			byClass.merge(CustomerClass.valueOf(rs.getString("customer_class").trim()), n, Long::sum);
			byStatus.merge(CustomerStatus.valueOf(rs.getString("status").trim()), n, Long::sum);
			totals[0] += n;
			if (rs.getBoolean("key_account")) {
				totals[1] += n;
			}
		});
		Long pool = user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)
				? this.jdbc.sql("select count(*) from customer where owner_id is null").query(Long.class).single()
				: null;
		return new Portfolio(totals[0], byClass, byStatus, totals[1], pool);
	}

}
