package org.salesteam.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.customer.CustomerTransferred;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The event-publication registry (ADR 0021) with its one asynchronous reaction today, the
 * sales module's open opportunities following a transferred customer: the reaction is
 * recorded with the transfer and completed; one left incomplete (its node died after the
 * commit) is run again by {@link EventPublications} once it is older than
 * {@code resubmit-after}, not before (it may be running on another node); a resubmission
 * that died is released; completed publications are deleted after their keep time.
 */
@IntegrationTest
class EventPublicationsTests {

	private static final String LISTENER = "org.salesteam.sales.internal.OpportunitiesFollowTransfers.on(org.salesteam.customer.CustomerTransferred)";

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublications publications;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void aTransfersReactionIsRecordedAndCompleted() throws Exception {
		long customer = customer("rep1");
		long opportunity = opportunity(customer);

		call("manager1", "/api/v1/customers/transfer",
				"{\"customerIds\":[%d],\"toRepUsername\":\"rep2\"}".formatted(customer));

		await().atMost(WAIT).untilAsserted(() -> assertThat(owner(opportunity)).isEqualTo(userId("rep2")));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(publication(customer)).containsEntry("status", "COMPLETED")
				.containsEntry("listener_id", LISTENER)
				// Modulith 2 counts the first run as an attempt
				.containsEntry("completion_attempts", 1));
		assertThat(publication(customer).get("completion_date")).isNotNull();
	}

	@Test
	void anIncompleteReactionIsRunAgainOnceItIsOldEnoughAndNotBefore() throws Exception {
		long customer = customer("rep1");
		long opportunity = opportunity(customer);
		committedTransferWhoseNodeDied(customer, "rep1", "rep2");
		Map<String, Object> stored = publication(customer);
		assertThat(stored).containsEntry("status", "PUBLISHED").containsEntry("completion_attempts", 1);

		this.publications.resubmitOutstanding();
		assertThat(publication(customer)).as("younger than resubmit-after: maybe running elsewhere").isEqualTo(stored);
		assertThat(owner(opportunity)).isEqualTo(userId("rep1"));

		age(customer, "publication_date", Duration.ofHours(1));
		this.publications.resubmitOutstanding();

		await().atMost(WAIT).untilAsserted(() -> assertThat(owner(opportunity)).isEqualTo(userId("rep2")));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(publication(customer)).containsEntry("status", "COMPLETED")
				.containsEntry("completion_attempts", 2));
		assertThat(instant(publication(customer).get("last_resubmission_date")))
			.isAfter(instant(stored.get("last_resubmission_date")));
	}

	@Test
	void aResubmissionThatDiedWithItsNodeIsReleasedAndRunAgain() throws Exception {
		long customer = customer("rep3");
		long opportunity = opportunity(customer);
		committedTransferWhoseNodeDied(customer, "rep3", "rep4");
		age(customer, "publication_date", Duration.ofHours(2));
		this.jdbc.sql("update event_publication set status = 'RESUBMITTED' where serialized_event like :customer")
			.param("customer", like(customer))
			.update();
		age(customer, "last_resubmission_date", Duration.ofHours(1));

		this.publications.resubmitOutstanding();

		await().atMost(WAIT).untilAsserted(() -> assertThat(owner(opportunity)).isEqualTo(userId("rep4")));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(publication(customer)).containsEntry("status", "COMPLETED"));
	}

	@Test
	void completedPublicationsAreDeletedAfterTheirKeepTime() {
		UUID old = completed(Duration.ofDays(8));
		UUID recent = completed(Duration.ofDays(6));
		UUID incomplete = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				                               status, completion_attempts)
				values (:id, 'test.listener', 'test.Event', '{}', :published, 'FAILED', 3)
				""").param("id", incomplete).param("published", OffsetDateTime.now(this.clock).minusDays(30)).update();

		this.publications.deleteCompleted();

		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
		assertThat(exists(incomplete)).as("never deleted while incomplete").isTrue();
		this.jdbc.sql("delete from event_publication where id in (:ids)")
			.param("ids", java.util.List.of(recent, incomplete))
			.update();
	}

	/**
	 * A transfer committed with its publication, on a node that died before the reaction
	 * ran.
	 */
	private void committedTransferWhoseNodeDied(long customer, String from, String to) {
		CustomerTransferred event = new CustomerTransferred(customer, userId(from), userId(to),
				LocalDate.now(this.clock));
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("update customer set owner_id = :owner where id = :id")
				.param("owner", userId(to))
				.param("id", customer)
				.update();
			this.registry.store(event, Stream.of(PublicationTargetIdentifier.of(LISTENER)));
		});
	}

	private void age(long customer, String column, Duration by) {
		this.jdbc.sql("update event_publication set " + column + " = :at where serialized_event like :customer")
			.param("at", OffsetDateTime.now(this.clock).minus(by))
			.param("customer", like(customer))
			.update();
	}

	private UUID completed(Duration ago) {
		UUID id = UUID.randomUUID();
		OffsetDateTime at = OffsetDateTime.now(this.clock).minus(ago);
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				                               completion_date, status, completion_attempts)
				values (:id, 'test.listener', 'test.Event', '{}', :at, :at, 'COMPLETED', 0)
				""").param("id", id).param("at", at).update();
		return id;
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from event_publication where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() == 1;
	}

	private Map<String, Object> publication(long customer) {
		return this.jdbc.sql("""
				select listener_id, status, completion_date, completion_attempts, last_resubmission_date
				from event_publication where event_type = :type and serialized_event like :customer
				""")
			.param("type", CustomerTransferred.class.getName())
			.param("customer", like(customer))
			.query()
			.singleRow();
	}

	/** A timestamp column as H2 (OffsetDateTime) or PostgreSQL (Timestamp) returns it. */
	private static Instant instant(Object column) {
		return (column instanceof OffsetDateTime at) ? at.toInstant() : ((Timestamp) column).toInstant();
	}

	private static String like(long customer) {
		return "%\"customerId\":" + customer + ",%";
	}

	private long customer(String owner) throws Exception {
		String code = "EP-" + System.nanoTime() % 1_000_000_000L;
		return id(call("admin", "/api/v1/customers", """
				{"code":"%s","name":"事件登记测试印刷厂%s","potential":300000,"ownerUsername":"%s"}
				""".formatted(code, code, owner)));
	}

	private long opportunity(long customer) throws Exception {
		String owner = this.jdbc
			.sql("select u.username from customer c join app_user u on u.id = c.owner_id where c.id = :id")
			.param("id", customer)
			.query(String.class)
			.single();
		return id(call(owner, "/api/v1/opportunities",
				"{\"customerId\":%d,\"name\":\"画册项目\",\"amount\":30000}".formatted(customer)));
	}

	private MvcResult call(String user, String path, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post(path).header("Authorization", Tokens.bearer(this.mvc, user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(path + ": " + result.getResponse().getContentAsString())
			.isBetween(200, 299);
		return result;
	}

	private static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long owner(long opportunity) {
		return this.jdbc.sql("select owner_id from opportunity where id = :id")
			.param("id", opportunity)
			.query(Long.class)
			.single();
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

}
