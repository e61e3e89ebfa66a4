package org.salesteam.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.salesteam.SalesTeamApplication;
import org.salesteam.visit.internal.MissedVisits;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on this machine, each with its own web server and connection
 * pool, against ONE PostgreSQL database: a user signed in on node A carries on on node B
 * with the same cookie, signs out on B and A no longer accepts the cookie; a job fired on
 * both nodes at once works once. Runs in the PostgreSQL pass only (H2 in memory is not a
 * shared server).
 */
@Tag("db")
@EnabledIfSystemProperty(named = "salesteam.test.db", matches = "postgres")
class TwoNodesTests {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"|content=\"([^\"]+)\"\\s*name=\"_csrf\"");

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void startTwoNodes() {
		// one after the other: the first migrates the schema and loads the demo company
		nodeA = node("node-a");
		nodeB = node("node-b");
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	private static ConfigurableApplicationContext node(String name) {
		// arguments, not default properties: they must win over application.properties
		return new SpringApplicationBuilder(SalesTeamApplication.class, CountingJob.class).profiles("test")
			.run("--server.port=0", "--salesteam.test.shared-database=two_nodes",
					"--salesteam.cluster.node-name=" + name, "--spring.jmx.enabled=false");
	}

	@Test
	void aSessionStartedOnOneNodeIsServedAndEndedOnTheOther() throws Exception {
		HttpResponse<String> loginPage = get(nodeA, "/login", null);
		String anonymous = session(loginPage);
		HttpResponse<String> signedIn = post(nodeA, "/login", anonymous,
				"username=rep1&password=demo&_csrf=" + encode(csrf(loginPage)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
		String cookie = session(signedIn);
		assertThat(cookie).as("a new session id after login").isNotEqualTo(anonymous);

		HttpResponse<String> onB = get(nodeB, "/", cookie);
		assertThat(onB.statusCode()).as("node B knows the session of node A").isEqualTo(200);
		assertThat(onB.body()).contains("lang=\"zh-CN\"");

		assertThat(get(nodeA, "/?lang=en", cookie).statusCode()).isEqualTo(200);
		assertThat(get(nodeB, "/", cookie).body()).as("the language chosen on A holds on B").contains("lang=\"en\"");

		HttpResponse<String> signedOut = post(nodeB, "/logout", cookie,
				"_csrf=" + encode(csrf(get(nodeB, "/", cookie))));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/login?logout"));

		HttpResponse<String> afterLogout = get(nodeA, "/", cookie);
		assertThat(afterLogout.statusCode()).as("node A refuses the ended session").isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/login"));
	}

	@Test
	void aJobFiredOnBothNodesAtOnceWorksOnce() throws Exception {
		CountingJob.RUNS.set(0);
		CountDownLatch start = new CountDownLatch(1);
		Thread a = new Thread(() -> fire(start, nodeA.getBean(CountingJob.class)));
		Thread b = new Thread(() -> fire(start, nodeB.getBean(CountingJob.class)));
		a.start();
		b.start();
		start.countDown();
		a.join(20_000);
		b.join(20_000);
		assertThat(CountingJob.RUNS).as("runs of the job over both nodes").hasValue(1);
	}

	@Test
	void theNightlyMissedVisitsJobOnBothNodesMarksOnceAndTheLateNodeSkips() throws Exception {
		JdbcClient jdbc = JdbcClient.create(nodeA.getBean(javax.sql.DataSource.class));
		LocalDate today = LocalDate.now(nodeA.getBean(java.time.Clock.class));
		List<Long> planned = jdbc.sql("select id from visit where status = 'PLANNED' order by id")
			.query(Long.class)
			.list();
		assertThat(planned).hasSizeGreaterThan(1);
		pastDue(jdbc, planned.get(0));

		CountDownLatch start = new CountDownLatch(1);
		Thread a = new Thread(() -> fire(start, nodeA.getBean(MissedVisits.class)));
		Thread b = new Thread(() -> fire(start, nodeB.getBean(MissedVisits.class)));
		a.start();
		b.start();
		start.countDown();
		a.join(20_000);
		b.join(20_000);
		assertThat(status(jdbc, planned.get(0))).isEqualTo("MISSED");
		assertThat(jdbc.sql("select count(*) from visit where status = 'PLANNED' and visit_date < :today")
			.param("today", today)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from shedlock where name = 'activity.missedVisits'")
			.query(Long.class)
			.single()).isOne();

		// a node whose clock fires a little later finds the run taken (lockAtLeastFor)
		// and
		// does nothing
		pastDue(jdbc, planned.get(1));
		nodeB.getBean(MissedVisits.class).markToday();
		assertThat(status(jdbc, planned.get(1))).isEqualTo("PLANNED");
	}

	private static void pastDue(JdbcClient jdbc, long visit) {
		jdbc.sql("update visit set visit_date = :day where id = :id")
			.param("day", LocalDate.of(2020, 1, 6))
			.param("id", visit)
			.update();
	}

	private static String status(JdbcClient jdbc, long visit) {
		return jdbc.sql("select status from visit where id = :id").param("id", visit).query(String.class).single();
	}

	private static void fire(CountDownLatch start, Object job) {
		try {
			start.await(10, TimeUnit.SECONDS);
			if (job instanceof CountingJob counting) {
				counting.run();
			}
			else {
				((MissedVisits) job).markToday();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(30)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String session, String form)
			throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(node, path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String session(HttpResponse<String> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			Matcher matcher = SESSION.matcher(cookie);
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("no SESSION cookie in " + response.headers().map());
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("CSRF token on the page").isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A job that takes a while and counts its runs over all nodes of this JVM. */
	static class CountingJob {

		static final AtomicInteger RUNS = new AtomicInteger();

		@SchedulerLock(name = "test.countingJob", lockAtLeastFor = "PT30S", lockAtMostFor = "PT1M")
		public void run() {
			RUNS.incrementAndGet();
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
