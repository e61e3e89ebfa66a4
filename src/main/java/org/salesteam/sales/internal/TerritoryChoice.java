package org.salesteam.sales.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The territory an order is credited to when none is given: the customer's territory if
 * the rep covers it, otherwise the rep's first territory (by code), otherwise the
 * customer's territory. So a rep covering 上海 and 浙江 selling to a 浙江 customer credits 浙江,
 * and a rep selling outside their territories still credits their own.
 */
@Component
class TerritoryChoice {

	private final JdbcClient jdbc;

	TerritoryChoice(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Long forOrder(Long repId, Long customerTerritoryId) {
		List<Long> covered = (repId == null) ? List.of() : this.jdbc.sql("""
				select t.id from app_user_territory ut join territory t on t.id = ut.territory_id
				where ut.user_id = :rep order by t.code
				""").param("rep", repId).query(Long.class).list();
		return choose(covered, customerTerritoryId);
	}

	static Long choose(List<Long> repTerritories, Long customerTerritoryId) {
		if (customerTerritoryId != null && repTerritories.contains(customerTerritoryId)) {
			return customerTerritoryId;
		}
		return repTerritories.isEmpty() ? customerTerritoryId : repTerritories.get(0);
	}

	boolean exists(long territoryId) {
		return this.jdbc.sql("select count(*) from territory where id = :id")
			.param("id", territoryId)
			.query(Long.class)
			.single() > 0;
	}

}
