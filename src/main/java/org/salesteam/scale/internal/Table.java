package org.salesteam.scale.internal;

import java.util.List;

/**
 * The tables the generator fills, parents before children: a sink that writes in chunks
 * writes its buffered rows in this order, so foreign keys always find their row.
 */
enum Table {

	TERRITORY("territory", "id, version, code, name, parent_id, active, created_at"),
	MARKET_SEGMENT("market_segment", "id, version, code, name, industry, enterprise_type, active, created_at"),
	APP_USER("app_user",
			"id, version, username, password_hash, display_name, locale, active, auth_version, "
					+ "failed_logins, team_id, created_at"),
	SALES_TEAM("sales_team", "id, version, name, manager_id, segment_id, active, created_at"),
	USER_TEAM("app_user",
			"id, version, username, password_hash, display_name, locale, active, auth_version, "
					+ "failed_logins, team_id, created_at"),
	APP_USER_ROLE("app_user_role", "user_id, role"), APP_USER_TERRITORY("app_user_territory", "user_id, territory_id"),
	PRODUCT("product", "id, version, code, name, category, unit, list_price, standard_cost, active, created_at"),
	CUSTOMER("customer",
			"id, version, code, name, industry, enterprise_type, segment_id, territory_id, province, "
					+ "city, address, company_size, potential, source, owner_id, owned_since, pooled_on, key_account, "
					+ "credit_limit, payment_terms_days, status, customer_class, class_overridden, first_order_date, "
					+ "last_activity_date, created_at"),
	CUSTOMER_CLASS_CHANGE("customer_class_change",
			"id, version, customer_id, owner_id, from_class, to_class, changed_on, automatic, created_at"),
	CONTACT("contact", "id, version, customer_id, name, title, mobile, buying_role, attitude, influence, created_at"),
	SALES_ORDER("sales_order", "id, version, order_number, customer_id, order_date, owner_id, territory_id, status, "
			+ "net_amount, cost, delivered_on, cancelled_on, cancel_reason, invoiced_on, invoice_amount, due_date, "
			+ "paid_amount, created_by, created_at"),
	ORDER_LINE("order_line", "order_id, line_no, product_id, quantity, unit_price, discount, net_amount, cost"),
	PAYMENT("payment", "order_id, payment_no, paid_on, amount, recorded_by"),
	OPPORTUNITY("opportunity",
			"id, version, customer_id, owner_id, name, stage, amount, expected_close_date, " + "closed_on, created_at"),
	OPPORTUNITY_LINE("opportunity_line", "opportunity_id, line_no, product_id, quantity, amount"),
	OPPORTUNITY_STAGE_CHANGE("opportunity_stage_change",
			"opportunity_id, change_no, from_stage, to_stage, changed_at, changed_by"),
	VISIT("visit", "id, version, rep_id, customer_id, visit_type, status, planned_at, visit_date, objective, "
			+ "actual_start, actual_end, duration_minutes, result, expense_travel, expense_meals, expense_gifts, "
			+ "expense_other, cancel_reason, customer_was_prospect, created_by, created_at"),
	ACTIVITY_LOG("activity_log",
			"id, version, owner_id, activity_date, activity_type, customer_id, "
					+ "duration_minutes, amount, outcome, created_at"),
	TIME_ENTRY("time_entry", "id, version, user_id, entry_date, created_at"),
	TIME_ENTRY_MINUTES("time_entry_minutes", "time_entry_id, category, minutes");

	private final String table;

	private final List<String> columns;

	Table(String table, String columns) {
		this.table = table;
		this.columns = List.of(columns.split(",\\s*"));
	}

	String table() {
		return this.table;
	}

	List<String> columns() {
		return this.columns;
	}

	String columnList() {
		return String.join(", ", this.columns);
	}

}
