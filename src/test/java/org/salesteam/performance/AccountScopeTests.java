package org.salesteam.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.support.AccountTeams;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account scopes ({@code customer:}, {@code segment:}, {@code keyaccounts:}) on the
 * demo company: their sales, profit, orders and active customers equal plain SQL over the
 * raw orders; every KPI of the catalogue computes on them; and the rights rule lives in
 * the engine — a caller of {@link Kpis} gets no scope its viewer may not see.
 */
@IntegrationTest
class AccountScopeTests {

	private static final String CODES = "SALES,PROFIT,ORDERS,ACTIVE_CUSTOMERS";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Kpis kpis;

	@AfterEach
	void removeAccountTeams() {
		AccountTeams.removeFor(this.jdbc, "support1", "rep9");
	}

	@Test
	void aCustomerScopeHasTheFiguresOfItsOwnOrders() throws Exception {
		long customer = busiestCustomer();
		expectSqlFigures("director", "customer:" + customer, "o.customer_id = :key", customer);
	}

	@Test
	void aSegmentScopeHasTheFiguresOfItsCustomersOrdersWhateverTheCaseOfItsCode() throws Exception {
		String code = this.jdbc.sql("""
				select s.code from market_segment s join customer c on c.segment_id = s.id
				join sales_order o on o.customer_id = c.id group by s.code order by count(*) desc, s.code
				""").query(String.class).list().get(0);
		long segment = this.jdbc.sql("select id from market_segment where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
		String where = "o.customer_id in (select id from customer where segment_id = :key)";
		Map<String, Map<String, Object>> upper = expectSqlFigures("director", "segment:" + code, where, segment);
		assertThat(KpiResults.kpis(this.mvc, "director", "segment:" + code.toLowerCase(java.util.Locale.ROOT), from(),
				to(), CODES))
			.isEqualTo(upper);
	}

	@Test
	void keyAccountsAreThoseOfTheirManagerOrOwnerAndOfATeam() throws Exception {
		long account = this.jdbc.sql("""
				select c.id from customer c join sales_order o on o.customer_id = c.id
				where c.key_account = true group by c.id order by count(*) desc, c.id
				""").query(Long.class).list().get(0);
		long owner = this.jdbc.sql("select owner_id from customer where id = :id")
			.param("id", account)
			.query(Long.class)
			.single();
		String ownerName = username(owner);
		String byOwner = "o.customer_id in (select id from customer where key_account = true and owner_id = :key)";
		expectSqlFigures("director", "keyaccounts:" + ownerName, byOwner, owner);
		long team = this.jdbc.sql("select team_id from app_user where id = :id")
			.param("id", owner)
			.query(Long.class)
			.single();
		String byTeam = "o.customer_id in (select id from customer where key_account = true and owner_id in "
				+ "(select id from app_user where team_id = :key))";
		expectSqlFigures("director", "keyaccounts:team:" + team, byTeam, team);

		// an account team's key-account manager takes the account over from its owner
		long other = this.jdbc.sql("select id from app_user where username = 'rep9'").query(Long.class).single();
		AccountTeams.add(this.jdbc, account, "rep9", "KEY_ACCOUNT_MANAGER");
		String moved = "o.customer_id in (select id from customer where key_account = true and owner_id = :key"
				+ " and id <> " + account + ")";
		expectSqlFigures("director", "keyaccounts:" + ownerName, moved, owner);
		Map<String, Map<String, Object>> rep9 = KpiResults.kpis(this.mvc, "director", "keyaccounts:rep9", from(), to(),
				CODES);
		assertThat(decimal(rep9.get("SALES").get("value"))).isEqualByComparingTo(
				sql("o.customer_id in (select id from customer where key_account = true and (id = :key or owner_id = "
						+ other + "))", account)[0]);
	}

	@Test
	void everyKpiOfTheCatalogueComputesOnTheAccountScopesAndTimeUseIsUndefined() throws Exception {
		long customer = busiestCustomer();
		Map<String, Map<String, Object>> all = KpiResults.kpis(this.mvc, "director", "customer:" + customer, from(),
				to(), null);
		assertThat(all).hasSize(this.kpis.catalog().size());
		assertThat(all.get("SELLING_TIME_RATIO").get("value")).as("no logged time belongs to a customer").isNull();
		assertThat(decimal(all.get("SALES").get("value"))).isPositive();
	}

	@Test
	void theRightsRuleHoldsForAccountScopes() throws Exception {
		long customer = busiestCustomer();
		long owner = this.jdbc.sql("select owner_id from customer where id = :id")
			.param("id", customer)
			.query(Long.class)
			.single();
		String ownerName = username(owner);
		String stranger = this.jdbc.sql("""
				select u.username from app_user u join app_user_role r on r.user_id = u.id and r.role = 'REP'
				where u.id <> :owner and u.active = true and u.username like 'rep%' order by u.username
				""").param("owner", owner).query(String.class).list().get(0);
		get(ownerName, "customer:" + customer).andExpect(status().isOk());
		get(stranger, "customer:" + customer).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		get("support1", "customer:" + customer).andExpect(status().isForbidden());
		get(ownerName, "segment:BOOK-PUB").andExpect(status().isForbidden());
		get(stranger, "keyaccounts:" + ownerName).andExpect(status().isForbidden());
		get("director", "customer:999999999").andExpect(status().isNotFound());
		get("director", "segment:NO-SUCH").andExpect(status().isNotFound());
		get("director", "customer:abc").andExpect(status().is4xxClientError());

		// support staff see the accounts whose team they are on
		AccountTeams.add(this.jdbc, customer, "support1", "CUSTOMER_SERVICE");
		get("support1", "customer:" + customer).andExpect(status().isOk());
		get("support1", "rep:" + ownerName).andExpect(status().isForbidden());
	}

	@Test
	void aNewCallerOfKpisCannotGetAScopeItsViewerMayNotSee() {
		long id = this.jdbc.sql("select id from app_user where username = 'rep1'").query(Long.class).single();
		UserPrincipal rep1 = new UserPrincipal(id, "rep1", null, "rep1", java.util.Set.of(Role.REP),
				java.util.Locale.CHINA, 0, true, false);
		KpiViewer viewer = KpiViewer.of(rep1);
		KpiPeriod year = new KpiPeriod(LocalDate.parse(from()), LocalDate.parse(to()));
		for (KpiScope scope : List.of(KpiScope.company(), KpiScope.territory("EAST"), KpiScope.segment("BOOK-PUB"),
				KpiScope.customer(customerNotOwnedBy(id)), KpiScope.rep("rep2"), KpiScope.keyAccountsOf("rep2"),
				KpiScope.team(1))) {
			assertThatThrownBy(() -> this.kpis.compute(viewer, scope, year, Kpis.Codes.SALES)).as(scope.format())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.kpis.check(viewer, scope)).as(scope.format())
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(this.kpis.compute(viewer, KpiScope.rep("rep1"), year, Kpis.Codes.SALES).code()).isEqualTo("SALES");
		assertThat(java.util.Arrays.stream(VisibleScope.class.getDeclaredConstructors()))
			.as("no other way to a VisibleScope than its one constructor, kept to the rights check by ArchitectureTests")
			.hasSize(1);
	}

	private long customerNotOwnedBy(long owner) {
		return this.jdbc.sql("select min(id) from customer where owner_id <> :owner")
			.param("owner", owner)
			.query(Long.class)
			.single();
	}

	private Map<String, Map<String, Object>> expectSqlFigures(String user, String scope, String where, Object key)
			throws Exception {
		Map<String, Map<String, Object>> kpis = KpiResults.kpis(this.mvc, user, scope, from(), to(), CODES);
		BigDecimal[] sql = sql(where, key);
		assertThat(decimal(kpis.get("SALES").get("value"))).as(scope + " SALES").isEqualByComparingTo(sql[0]);
		assertThat(decimal(kpis.get("PROFIT").get("value"))).as(scope + " PROFIT").isEqualByComparingTo(sql[1]);
		assertThat(decimal(kpis.get("ORDERS").get("value"))).as(scope + " ORDERS").isEqualByComparingTo(sql[2]);
		assertThat(decimal(kpis.get("ACTIVE_CUSTOMERS").get("value"))).as(scope + " ACTIVE_CUSTOMERS")
			.isEqualByComparingTo(sql[3]);
		assertThat(sql[2]).as(scope + " has orders").isPositive();
		return kpis;
	}

	/** Sales, profit, orders and active customers of the placed orders matching where. */
	private BigDecimal[] sql(String where, Object key) {
		return this.jdbc.sql("""
				select coalesce(sum(o.net_amount), 0), coalesce(sum(o.net_amount - o.cost), 0), count(*),
				       count(distinct o.customer_id)
				from sales_order o
				where o.status in ('CONFIRMED', 'DELIVERED') and o.order_date between :from and :to and %s
				""".formatted(where))
			.param("from", LocalDate.parse(from()))
			.param("to", LocalDate.parse(to()))
			.param("key", key)
			.query((rs,
					row) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2),
							BigDecimal.valueOf(rs.getLong(3)), BigDecimal.valueOf(rs.getLong(4)) })
			.single();
	}

	private long busiestCustomer() {
		return this.jdbc
			.sql("select customer_id from sales_order group by customer_id order by count(*) desc, customer_id")
			.query(Long.class)
			.list()
			.get(0);
	}

	private String username(long id) {
		return this.jdbc.sql("select username from app_user where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private String from() {
		return this.jdbc.sql("select min(order_date) from sales_order").query(LocalDate.class).single().toString();
	}

	private String to() {
		return this.jdbc.sql("select max(order_date) from sales_order").query(LocalDate.class).single().toString();
	}

	private ResultActions get(String user, String scope) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders
			.get("/api/v1/kpis?codes=SALES&scope=" + scope + "&from=" + from() + "&to=" + to())
			.header("Authorization", Tokens.bearer(this.mvc, user)));
	}

	private static BigDecimal decimal(Object number) {
		return (number != null) ? new BigDecimal(number.toString()) : null;
	}

}
