package org.salesteam.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.team.MarketSegment;
import org.salesteam.team.Territory;
import org.salesteam.team.User;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit trail as the team entities write it: through JPA in real transactions, on H2
 * and on PostgreSQL.
 */
@IntegrationTest
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void recordsCreationWithItsFieldsAndTheSignedInUser() {
		signIn("manager2");
		String code = uniqueCode();
		long id = inTransaction(() -> persist(new MarketSegment(code, "烟酒包装", "烟酒", "制造企业")).getId());

		List<AuditEntry> history = this.trail.history("segment", id);

		assertThat(history).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
			assertThat(entry.username()).isEqualTo("manager2");
			assertThat(entry.entityType()).isEqualTo("segment");
			assertThat(entry.entityId()).isEqualTo(String.valueOf(id));
			assertThat(entry.changes())
				.extracting(AuditEntry.Change::field, AuditEntry.Change::oldValue, AuditEntry.Change::newValue)
				.contains(tuple("code", null, code), tuple("name", null, "烟酒包装"), tuple("industry", null, "烟酒"),
						tuple("enterpriseType", null, "制造企业"), tuple("active", null, "true"));
			assertThat(entry.changes()).extracting(AuditEntry.Change::field).doesNotContain("version");
		});
	}

	@Test
	void recordsExactlyTheChangedFieldWithOldAndNewValueAndWho() {
		String code = uniqueCode();
		long id = inTransaction(() -> persist(new Territory(code, "西北大区", null)).getId());
		signIn("director");

		inTransaction(() -> {
			this.entityManager.find(Territory.class, id).update("西北及西南大区", null);
			return null;
		});

		List<AuditEntry> history = this.trail.history("territory", id);
		assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
		AuditEntry update = history.get(0);
		assertThat(update.username()).isEqualTo("director");
		assertThat(update.changes()).containsExactly(new AuditEntry.Change("name", "西北大区", "西北及西南大区"));
		assertThat(history.get(1).username()).isEqualTo(AuditEntry.SYSTEM);
		assertThat(update.occurredAt()).isAfterOrEqualTo(history.get(1).occurredAt());
	}

	@Test
	void masksPasswordHashButRecordsThatItChanged() {
		String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
		long id = inTransaction(
				() -> persist(new User(username, "secret-hash-one", "审计测试", EnumSet.of(Role.REP))).getId());
		inTransaction(() -> {
			this.entityManager.find(User.class, id).changePassword("secret-hash-two");
			return null;
		});

		List<AuditEntry> history = this.trail.history("user", id);
		assertThat(history.get(1).changes()).contains(new AuditEntry.Change("passwordHash", null, AuditEntry.MASK));
		assertThat(history.get(0).changes())
			.containsExactly(new AuditEntry.Change("passwordHash", AuditEntry.MASK, AuditEntry.MASK));
		assertThat(this.jdbc
			.sql("select count(*) from audit_change where old_value like '%secret-hash%' "
					+ "or new_value like '%secret-hash%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void recordsElementCollectionsSortedAndComparedWithTheirOldElements() {
		String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
		long id = inTransaction(() -> persist(new User(username, "x", "集合测试", EnumSet.of(Role.REP))).getId());
		signIn("admin");

		inTransaction(() -> {
			User user = this.entityManager.find(User.class, id);
			user.assignRoles(EnumSet.of(Role.SUPPORT, Role.MANAGER, Role.REP));
			user.assignTerritories(Set.of(territoryId("SH"), territoryId("EAST")));
			return null;
		});

		AuditEntry update = this.trail.history("user", id).get(0);
		assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
		assertThat(update.changes()).containsExactlyInAnyOrder(new AuditEntry.Change("authVersion", "0", "1"),
				new AuditEntry.Change("roles", "REP", "MANAGER,REP,SUPPORT"),
				new AuditEntry.Change("territoryIds", "", sortedIds(territoryId("SH"), territoryId("EAST"))));
	}

	@Test
	void replacingACollectionWithEqualElementsRecordsNothing() {
		String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
		long id = inTransaction(() -> persist(new User(username, "x", "集合测试", EnumSet.of(Role.REP))).getId());

		inTransaction(() -> {
			this.entityManager.find(User.class, id).assignTerritories(Set.of());
			return null;
		});

		assertThat(this.trail.history("user", id)).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE);
	}

	@Test
	void rolledBackChangeLeavesNoAuditRow() {
		String code = uniqueCode();
		long id = inTransaction(() -> persist(new Territory(code, "东北大区", null)).getId());
		long before = countEvents();

		this.transaction.executeWithoutResult((status) -> {
			this.entityManager.find(Territory.class, id).update("东北三省", null);
			this.entityManager.flush();
			status.setRollbackOnly();
		});
		assertThatThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
			this.entityManager.find(Territory.class, id).update("东北地区", null);
			this.entityManager.flush();
			throw new IllegalStateException("boom");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(countEvents()).isEqualTo(before);
		assertThat(this.trail.history("territory", id)).extracting(AuditEntry::action)
			.containsExactly(AuditAction.CREATE);
		assertThat(this.entityManager.find(Territory.class, id).getName()).isEqualTo("东北大区");
	}

	@Test
	void recordsDeletionWithTheLastValues() {
		String code = uniqueCode();
		long id = inTransaction(() -> persist(new MarketSegment(code, "临时细分", null, null)).getId());
		signIn("admin");

		inTransaction(() -> {
			this.entityManager.remove(this.entityManager.find(MarketSegment.class, id));
			return null;
		});

		List<AuditEntry> history = this.trail.history("segment", id);
		assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.DELETE, AuditAction.CREATE);
		AuditEntry deletion = history.get(0);
		assertThat(deletion.username()).isEqualTo("admin");
		assertThat(deletion.changes()).contains(new AuditEntry.Change("code", code, null),
				new AuditEntry.Change("name", "临时细分", null));
		assertThat(deletion.changes()).allSatisfy((change) -> assertThat(change.newValue()).isNull());
	}

	@Test
	void recordsDeletionOfAUserWithItsCollectionsAsOneEvent() {
		String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
		long id = inTransaction(() -> persist(new User(username, "x", "删除测试", EnumSet.of(Role.REP))).getId());

		inTransaction(() -> {
			this.entityManager.remove(this.entityManager.find(User.class, id));
			return null;
		});

		List<AuditEntry> history = this.trail.history("user", id);
		assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.DELETE, AuditAction.CREATE);
		assertThat(history.get(0).changes()).contains(new AuditEntry.Change("username", username, null),
				new AuditEntry.Change("passwordHash", AuditEntry.MASK, null));
	}

	@Test
	void demoCompanyWasRecordedAsCreatedBySystem() {
		long adminId = this.jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();

		assertThat(this.trail.history("user", adminId)).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
			assertThat(entry.username()).isEqualTo(AuditEntry.SYSTEM);
			assertThat(entry.changes()).contains(new AuditEntry.Change("username", null, "admin"),
					new AuditEntry.Change("roles", null, "ADMIN"));
		});
		assertThat(this.trail.entityTypes()).contains("segment", "team", "territory", "user");
	}

	@Test
	void searchPagesNewestFirstWithACursorAndFilters() {
		String actor = "pager-" + UUID.randomUUID().toString().substring(0, 8);
		signIn(actor);
		String code = uniqueCode();
		long id = inTransaction(() -> persist(new Territory(code, "第一版", null)).getId());
		for (String name : List.of("第二版", "第三版")) {
			inTransaction(() -> {
				this.entityManager.find(Territory.class, id).update(name, null);
				return null;
			});
		}
		AuditQuery query = new AuditQuery(actor, null, null, null, null, null, null, 2);

		AuditPage first = this.trail.search(query);
		assertThat(first.entries()).extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.UPDATE);
		assertThat(first.entries().get(0).changes()).containsExactly(new AuditEntry.Change("name", "第二版", "第三版"));
		assertThat(first.hasNext()).isTrue();

		AuditPage second = this.trail.search(query.after(AuditCursor.valueOf(first.next().token())));
		assertThat(second.entries()).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE);
		assertThat(second.hasNext()).isFalse();

		Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
		assertThat(this.trail.search(new AuditQuery(actor, null, null, null, tomorrow, null, null, 10)).entries())
			.isEmpty();
		assertThat(this.trail
			.search(new AuditQuery(actor, "territory", String.valueOf(id), AuditAction.CREATE, null, tomorrow, null,
					10))
			.entries()).hasSize(1);
		assertThat(this.trail.search(new AuditQuery(actor, "user", null, null, null, null, null, 10)).entries())
			.isEmpty();
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return this.transaction.execute((status) -> work.get());
	}

	private long countEvents() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	private long territoryId(String code) {
		return this.jdbc.sql("select id from territory where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private static String sortedIds(long a, long b) {
		return Math.min(a, b) + "," + Math.max(a, b);
	}

	private static String uniqueCode() {
		return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

	private static void signIn(String username) {
		UserPrincipal principal = new UserPrincipal(-1, username, null, username, Set.of(Role.ADMIN),
				java.util.Locale.SIMPLIFIED_CHINESE, 0, true, false);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

}
