package org.salesteam.safety;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record-level probes for the work log and goals: every endpoint that addresses one
 * activity, one rep's day of time or one goal is called by every actor against real
 * records of three reps (rep1 and rep2 of 华东一部, rep6 of 华东二部), of both teams' goals and
 * of the company's goal, with valid bodies so that only access can refuse. Expectations
 * are written from the rules, not read from the code: a rep's records are seen by the
 * rep, the manager of the rep's team, the director and the admin; a team's goal by its
 * manager, the director and the admin; the company's goal by the director and the admin;
 * support sees none. An activity and a day of time are changed only by the person who did
 * the work. Pass: whoever may not see a record gets 404 (anonymous: 401 or the sign-in
 * page) that does not name it; a visible record that is not one's own to change answers
 * 403 or 404; the tables are unchanged after all of these; whoever sees a record reads
 * it; and their writes — on fresh records made for each probe — are never answered as if
 * the record did not exist.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=access-probes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkRecordProbeTests {

	private static final List<String> OWNERS = List.of("rep1", "rep2", "rep6");

	private static final Map<String, String> MANAGER = Map.of("rep1", "manager1", "rep2", "manager1", "rep6",
			"manager2");

	private static final Set<String> ALL_SEEING = Set.of("director", "admin");

	/** The parameters every probe carries: what the goal pages' forms need. */
	private static final Map<String, String> FORM = Map.of("method", "EQUAL", "comment", "探针", "target", "1000");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Actors actors;

	private List<Endpoint> activityEndpoints;

	private List<Endpoint> goalEndpoints;

	private final List<Probed> records = new ArrayList<>();

	private int freshPeriods;

	/**
	 * One record and how to call its endpoints: the id that fills the path, the query or
	 * form parameters, the write body, who sees it, who may change it ({@code null}:
	 * decided by the goal's state, probed on fresh drafts) and a text that a refusal must
	 * not show.
	 */
	record Probed(String kind, String id, Map<String, String> params, String body, Set<String> viewers,
			Set<String> writers, String label, List<Endpoint> endpoints) {

		String path(Endpoint endpoint) {
			return OwnedRecords.fill(endpoint.path(), this.id);
		}

	}

	@BeforeAll
	void prepare() throws Exception {
		this.actors = Actors.signIn(this.mvc);
		List<Endpoint> all = Endpoint.discover(this.mappings);
		this.activityEndpoints = all.stream().filter((e) -> segment(e).equals("activities")).toList();
		this.goalEndpoints = all.stream().filter((e) -> segment(e).equals("goals")).toList();
		List<Endpoint> timeEndpoints = List.of(new Endpoint(HttpMethod.GET, "/api/v1/time-entries"),
				new Endpoint(HttpMethod.GET, "/api/v1/time-use/summary"), new Endpoint(HttpMethod.GET, "/time-use"),
				new Endpoint(HttpMethod.GET, "/time-use/chart"), new Endpoint(HttpMethod.POST, "/api/v1/time-entries"));
		for (String owner : OWNERS) {
			Set<String> viewers = Set.of(owner, MANAGER.get(owner), "director", "admin");
			Map<String, Object> activity = this.jdbc.sql("""
					select a.id, a.outcome from activity_log a join app_user u on u.id = a.owner_id
					where u.username = :owner and a.outcome is not null order by a.id fetch first 1 rows only""")
				.param("owner", owner)
				.query()
				.singleRow();
			this.records.add(new Probed("activity", activity.get("id").toString(), Map.of(), "{}", viewers,
					Set.of(owner), activity.get("outcome").toString(), this.activityEndpoints));
			String day = this.jdbc.sql("""
					select cast(t.entry_date as varchar(10)) from time_entry t join app_user u on u.id = t.user_id
					where u.username = :owner order by t.entry_date desc fetch first 1 rows only""")
				.param("owner", owner)
				.query(String.class)
				.single();
			this.records
				.add(new Probed("time entry", owner, Map.of("username", owner, "date", day, "from", day, "to", day),
						"{\"date\":\"%s\",\"username\":\"%s\",\"minutes\":{\"ADMIN\":1}}".formatted(day, owner),
						viewers, Set.of(owner), day, timeEndpoints));
			addGoal("g.scope = 'rep:" + owner + "'", viewers);
		}
		for (String manager : List.of("manager1", "manager2")) {
			addGoal("g.team_id = (select t.id from sales_team t join app_user u on u.id = t.manager_id "
					+ "where u.username = '" + manager + "')", Set.of(manager, "director", "admin"));
		}
		addGoal("g.scope = 'company'", ALL_SEEING);
	}

	private void addGoal(String condition, Set<String> viewers) {
		Map<String, Object> goal = this.jdbc.sql("""
				select g.id, g.scope, g.goal_type, g.version, g.target from goal g where %s and g.period_kind = 'YEAR'
				order by g.period_from desc, g.goal_type desc fetch first 1 rows only""".formatted(condition))
			.query()
			.singleRow();
		this.records.add(new Probed("goal", goal.get("id").toString(),
				Map.of("method", "EQUAL", "comment", "探针", "target", "1000", "version", goal.get("version").toString()),
				goalBody(goal.get("goal_type").toString(), goal.get("scope").toString(), null,
						((Number) goal.get("version")).intValue()),
				viewers, null, ((BigDecimal) goal.get("target")).toPlainString(), this.goalEndpoints));
	}

	/**
	 * A goal request that every goal write accepts: the figures (PUT), a comment
	 * (approve, send back) and a method (allocation); unknown properties are ignored.
	 */
	private static String goalBody(String type, String scope, String period, Integer version) {
		return """
				{"type":"%s","scope":"%s","period":%s,"target":1000,"version":%s,"method":"EQUAL","comment":"探针"}"""
			.formatted(type, scope, (period != null) ? "\"" + period + "\"" : "null", version);
	}

	private static String segment(Endpoint endpoint) {
		return OwnedRecords.kindOf(endpoint.path()).map(OwnedRecords.Kind::segment).orElse("");
	}

	@Test
	void everyActivityTimeEntryAndGoalAnswersByTheVisibilityRules() throws Exception {
		assertThat(this.activityEndpoints).as("activity endpoints").hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.goalEndpoints).as("goal endpoints").hasSizeGreaterThanOrEqualTo(18);
		List<String> violations = new ArrayList<>();
		int refusals = 0;
		int reads = 0;
		String before = DatabaseChecksum.of(this.jdbc);
		for (Probed record : this.records) {
			for (Endpoint endpoint : record.endpoints()) {
				for (String actor : Actors.ALL) {
					boolean sees = record.viewers().contains(actor);
					boolean changes = record.writers() == null || record.writers().contains(actor);
					if (sees && endpoint.isWrite() && changes) {
						continue;
					}
					MvcResult result = call(record, endpoint, actor, record.body());
					int status = result.getResponse().getStatus();
					String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
					String probe = actor + " " + endpoint.method() + " " + record.path(endpoint) + " " + record.kind()
							+ " " + record.params() + " → " + status;
					if (!sees || endpoint.isWrite()) {
						refusals++;
						if (status != expectedRefusal(actor, endpoint) && !(sees && (status == 403 || status == 404))) {
							violations.add("not refused: " + probe);
						}
						if (!sees && body.contains(record.label())) {
							violations.add("refusal names the record: " + probe);
						}
					}
					else {
						reads++;
						if (status >= 500 || status == 401 || status == 403 || status == 404) {
							violations.add("visible record not read: " + probe);
						}
						if (endpoint.path().endsWith("{id}") && endpoint.path().startsWith("/api/")
								&& !body.contains("\"id\":" + record.id())) {
							violations.add("record missing from its own read: " + probe);
						}
						if (record.kind().equals("time entry") && endpoint.path().startsWith("/api/v1/time-entries")
								&& !body.contains(record.label())) {
							violations.add("logged day missing: " + probe);
						}
					}
				}
			}
		}
		assertThat(violations).isEmpty();
		assertThat(DatabaseChecksum.of(this.jdbc)).as("database changed by refused requests").isEqualTo(before);
		int writes = visibleWrites(violations);
		assertThat(violations).isEmpty();
		System.out.printf(
				"Work-record probes: %d requests (%d refused, %d visible reads, %d writes by those who see the record) "
						+ "over %d activity, %d goal and 5 time-entry endpoints%n",
				refusals + reads + writes, refusals, reads, writes, this.activityEndpoints.size(),
				this.goalEndpoints.size());
		if (this.activityEndpoints.size() == 3 && this.goalEndpoints.size() == 18) {
			// by hand from the rules (9 actors; v viewers, w writers of a record):
			// activities (1 read, 2 writes; v=4, w=1) ×3: refused 5+2×8, read 4, written
			// 2
			// days (4 reads, 1 write; v=4, w=1) ×3: refused 4×5+8, read 16, written 1
			// goals (6 reads, 12 writes): refused (9−v)×18, read 6v, written 12v for the
			// three reps' (v=4), the two teams' (v=3) and the company's (v=2)
			assertThat(refusals).isEqualTo(3 * 21 + 3 * 28 + 3 * 90 + 2 * 108 + 126);
			assertThat(reads).isEqualTo(3 * 4 + 3 * 16 + 3 * 24 + 2 * 18 + 12);
			assertThat(writes).isEqualTo(3 * 2 + 3 * 1 + 3 * 48 + 2 * 36 + 24);
		}
		assertThat(refusals + reads + writes).isGreaterThanOrEqualTo(1188);
	}

	/**
	 * What a refusal looks like: anonymous → 401 on the API, the sign-in page (302) in
	 * the browser; an invisible record → 404.
	 */
	private static int expectedRefusal(String actor, Endpoint endpoint) {
		if ("anonymous".equals(actor)) {
			return endpoint.path().startsWith("/api/") ? 401 : 302;
		}
		return 404;
	}

	private MvcResult call(Probed record, Endpoint endpoint, String actor, String body) throws Exception {
		return this.actors.perform(endpoint.method(), record.path(endpoint), actor, record.params(), body);
	}

	/**
	 * The writes of those who see a record: each activity deleted by its owner (a fresh
	 * one), each day of time written back unchanged by its owner, and every goal write by
	 * every viewer on a fresh draft of the same scope and type.
	 */
	private int visibleWrites(List<String> violations) throws Exception {
		int writes = 0;
		for (Probed record : this.records) {
			for (Endpoint endpoint : record.endpoints()) {
				if (!endpoint.isWrite()) {
					continue;
				}
				for (String actor : Actors.ALL) {
					if (!record.viewers().contains(actor)
							|| record.writers() != null && !record.writers().contains(actor)) {
						continue;
					}
					Probed target = fresh(record, actor);
					writes++;
					MvcResult result = call(target, endpoint, actor, target.body());
					int status = result.getResponse().getStatus();
					String probe = actor + " " + endpoint.method() + " " + target.path(endpoint) + " " + record.kind()
							+ " → " + status;
					boolean succeeded = status / 100 == 2 || status == 303 || status == 302;
					if (status >= 500 || status == 401 || status == 404 || record.writers() != null && !succeeded) {
						violations.add("visible write refused as unknown: " + probe);
					}
				}
			}
		}
		return writes;
	}

	/**
	 * A record of the same owner and kind to write on: a new activity of the owner, the
	 * same day of time with its minutes as they are, a new draft goal of the same scope
	 * and type in a period of its own.
	 */
	private Probed fresh(Probed record, String actor) throws Exception {
		return switch (record.kind()) {
			case "activity" -> {
				MvcResult created = this.actors.perform(HttpMethod.POST, "/api/v1/activities", actor, Map.of(),
						"{\"type\":\"PROSPECT_CALL\",\"date\":\"2026-11-02\",\"durationMinutes\":5,\"outcome\":\"探针\"}");
				assertThat(created.getResponse().getStatus()).isEqualTo(201);
				String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id").toString();
				yield new Probed(record.kind(), id, record.params(), "{}", record.viewers(), record.writers(),
						record.label(), record.endpoints());
			}
			case "time entry" -> {
				Map<String, Integer> minutes = new LinkedHashMap<>();
				this.jdbc
					.sql("""
							select m.category, m.minutes from time_entry_minutes m join time_entry t on t.id = m.time_entry_id
							join app_user u on u.id = t.user_id where u.username = :owner
							and t.entry_date = cast(:day as date)""")
					.param("owner", record.id())
					.param("day", record.label())
					.query((rs, n) -> minutes.put(rs.getString(1), rs.getInt(2)))
					.list();
				StringBuilder json = new StringBuilder();
				minutes.forEach((category, value) -> json.append(json.isEmpty() ? "" : ",")
					.append('"')
					.append(category)
					.append("\":")
					.append(value));
				yield new Probed(record.kind(), record.id(), record.params(),
						"{\"date\":\"%s\",\"minutes\":{%s}}".formatted(record.label(), json), record.viewers(),
						record.writers(), record.label(), record.endpoints());
			}
			default -> {
				Map<String, Object> goal = this.jdbc.sql("select goal_type, scope from goal where id = :id")
					.param("id", Long.parseLong(record.id()))
					.query()
					.singleRow();
				int n = this.freshPeriods++;
				String period = "%d-%02d".formatted(2040 + n / 12, n % 12 + 1);
				String type = goal.get("goal_type").toString();
				String scope = goal.get("scope").toString();
				MvcResult created = this.actors.perform(HttpMethod.POST, "/api/v1/goals", "director", Map.of(),
						goalBody(type, scope, period, null));
				assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString())
					.isEqualTo(201);
				String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id").toString();
				Map<String, String> params = new LinkedHashMap<>(FORM);
				params.put("version", "0");
				yield new Probed(record.kind(), id, params, goalBody(type, scope, period, 0), record.viewers(), null,
						record.label(), record.endpoints());
			}
		};
	}

}
