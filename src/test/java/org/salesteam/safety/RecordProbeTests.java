package org.salesteam.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Record-level probes against real records of two reps of different teams (rep1, rep6):
 * every endpoint whose path names an owned record is called as every actor with the id of
 * the other reps' records, and every list, search and export is searched for their
 * customers' names. Pass: whoever may not see a record is refused (with nothing in the
 * body that names it) and changes nothing; whoever may see it is never failed; no list
 * shows anyone else's customers.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=access-probes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordProbeTests {

	private static final List<String> OWNERS = List.of("rep1", "rep6");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Actors actors;

	private List<Endpoint> endpoints;

	@BeforeAll
	void prepare() throws Exception {
		this.actors = Actors.signIn(this.mvc);
		this.endpoints = Endpoint.discover(this.mappings);
		for (String owner : OWNERS) {
			byte[] file = "客户编码,客户名称\r\nPROBE-%s,探针客户%s\r\n".formatted(owner, owner).getBytes(StandardCharsets.UTF_8);
			this.mvc
				.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "probe.csv", null, file))
					.param("kind", "customers")
					.param("mode", "SKIP_INVALID")
					.header("Authorization", Tokens.bearer(this.mvc, owner)))
				.andReturn();
		}
		for (String owner : OWNERS) {
			recordsOfThisRound(owner);
		}
	}

	/**
	 * Records of the modules whose demo data has no sample for each owner, made through
	 * the API as their users would: a complaint about the owner's probe customer, a
	 * satisfaction survey of it, then the customer lost (an exit interview), a weekly
	 * schedule approved (a notification to the owner), the key-account portfolio of the
	 * owner's manager and a robot of the owner's team (a public documentation address:
	 * nothing is ever delivered in tests).
	 */
	private void recordsOfThisRound(String owner) throws Exception {
		String manager = Map.of("rep1", "manager1", "rep6", "manager2").get(owner);
		long customer = this.jdbc.sql("select id from customer where code = :code")
			.param("code", "PROBE-" + owner.toUpperCase(java.util.Locale.ROOT))
			.query(Long.class)
			.single();
		long team = this.jdbc.sql("select team_id from app_user where username = :u")
			.param("u", owner)
			.query(Long.class)
			.single();
		created(owner, "/api/v1/service-requests", """
				{"customerId":%d,"type":"COMPLAINT","severity":"NORMAL","subject":"探针投诉%s"}""".formatted(customer,
				owner));
		if (this.jdbc.sql("select count(*) from retention_survey where customer_id = :c")
			.param("c", customer)
			.query(Integer.class)
			.single() == 0) {
			created(owner, "/api/v1/retention/surveys", """
					{"customerId":%d,"kind":"CSAT"}""".formatted(customer));
		}
		created(owner, "/api/v1/customers/" + customer + "/lost", """
				{"reason":"PRICE","preventable":false}""");
		created(owner, "/api/v1/visit-plans/" + owner + "/2035-W10/submit", """
				{"reason":"探针"}""");
		created(manager, "/api/v1/visit-plans/" + owner + "/2035-W10/review", """
				{"decision":"APPROVED"}""");
		if (this.jdbc
			.sql("select count(*) from ka_portfolio p join app_user u on u.id = p.owner_id where u.username = :m")
			.param("m", manager)
			.query(Integer.class)
			.single() == 0) {
			created(manager, "/api/v1/portfolios", """
					{"name":"探针组合%s","year":2030,"scope":"keyaccounts:%s"}""".formatted(manager, manager));
		}
		created("admin", "/api/v1/notification-channels", """
				{"kind":"WEBHOOK","name":"探针渠道%s","url":"https://203.0.113.10/probe/%s","teamId":%d,
				 "events":["GOAL_APPROVED"]}""".formatted(owner, owner, team));
	}

	private void created(String actor, String path, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
				.header("Authorization", Tokens.bearer(this.mvc, actor))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
		assertThat(result.getResponse().getStatus())
			.as(actor + " POST " + path + ": " + result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isBetween(200, 201);
	}

	@Test
	void everyOwnedRecordIsRefusedToThoseWhoMayNotSeeIt() throws Exception {
		List<String> violations = new ArrayList<>();
		int probes = 0;
		int recordEndpoints = 0;
		String before = DatabaseChecksum.of(this.jdbc);
		for (Endpoint endpoint : this.endpoints) {
			Optional<OwnedRecords.Kind> kind = OwnedRecords.kindOf(endpoint.path());
			if (kind.isEmpty()) {
				continue;
			}
			recordEndpoints++;
			for (String owner : OWNERS) {
				OwnedRecords.Sample sample = kind.get()
					.sample(this.jdbc, owner)
					.orElseThrow(() -> new AssertionError("no " + kind.get().segment() + " of " + owner));
				String path = OwnedRecords.fill(endpoint.path(), sample.id());
				for (String actor : Actors.ALL) {
					boolean sees = kind.get().viewers(owner).contains(actor);
					if (sees && endpoint.isWrite()) {
						continue;
					}
					probes++;
					MvcResult result = this.actors.perform(endpoint.method(), path, actor, Map.of());
					int status = result.getResponse().getStatus();
					String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
					if (!sees && (!refused(status, endpoint, actor) || body.contains(sample.label()))) {
						violations.add(actor + " " + endpoint.method() + " " + path + " (" + owner + "'s) → " + status);
					}
					if (sees && (status >= 500 || status == 401)) {
						violations.add(actor + " " + endpoint.method() + " " + path + " (" + owner + "'s, visible) → "
								+ status);
					}
				}
			}
		}
		assertThat(violations).isEmpty();
		assertThat(DatabaseChecksum.of(this.jdbc)).as("database changed by refused requests").isEqualTo(before);
		assertThat(recordEndpoints).isGreaterThan(20);
		System.out.printf("Record probes: %d requests over %d record endpoints%n", probes, recordEndpoints);
	}

	/**
	 * A refusal; or a 400 that the same request with an id nobody owns gets too: the
	 * request was rejected (missing or invalid parameters, an empty write body) before
	 * any record was read, so it reveals nothing about the record — and the checksum
	 * proves nothing was written.
	 */
	private boolean refused(int status, Endpoint endpoint, String actor) throws Exception {
		if (AccessPolicy.isRefusal(status, endpoint.path())) {
			return true;
		}
		return status == 400 && this.actors.perform(endpoint.method(), endpoint.concretePath(), actor, Map.of())
			.getResponse()
			.getStatus() == 400;
	}

	@Test
	void noListSearchOrExportShowsAnotherRepsCustomers() throws Exception {
		List<String> violations = new ArrayList<>();
		int probes = 0;
		for (String owner : OWNERS) {
			List<String> names = this.jdbc.sql("""
					select c.name from customer c join app_user u on u.id = c.owner_id where u.username = :owner
					order by c.id""").param("owner", owner).query(String.class).list();
			String code = this.jdbc.sql("""
					select c.code from customer c join app_user u on u.id = c.owner_id where u.username = :owner
					order by c.id fetch first 1 rows only""").param("owner", owner).query(String.class).single();
			assertThat(names).hasSizeGreaterThan(5);
			// searching by the code of one of them: a leak would show its name in a
			// result
			List<Map<String, String>> queries = List.of(Map.of("format", "csv", "size", "500"),
					Map.of("q", code, "format", "csv"));
			for (Endpoint endpoint : this.endpoints) {
				if (endpoint.isWrite() || endpoint.hasVariables()) {
					continue;
				}
				for (String actor : Actors.ALL) {
					if ("anonymous".equals(actor) || OwnedRecords.KINDS.get(0).viewers(owner).contains(actor)
							|| !AccessPolicy.allows(actor, endpoint.path())) {
						continue;
					}
					for (Map<String, String> query : queries) {
						probes++;
						MvcResult result = this.actors.perform(endpoint.method(), endpoint.path(), actor, query);
						String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
						names.stream()
							.filter(body::contains)
							.findFirst()
							.ifPresent((name) -> violations
								.add(actor + " " + endpoint.path() + " " + query + " shows " + owner + "'s " + name));
					}
				}
			}
		}
		assertThat(violations).isEmpty();
		System.out.printf("Leak probes: %d requests%n", probes);
	}

}
