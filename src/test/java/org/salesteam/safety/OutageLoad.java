package org.salesteam.safety;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load during a database outage: API reads and writes, a signed-in browser's page and the
 * readiness probe, each request recorded with its start, duration and answer.
 */
final class OutageLoad {

	/**
	 * One request: when it started (ms since the load began), how long it took, what came
	 * back.
	 */
	record Call(String kind, long startedAt, long millis, int status, String contentType, String body) {
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	final Queue<Call> calls = new ConcurrentLinkedQueue<>();

	private final long origin = System.nanoTime();

	private final AppProcess app;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final AtomicInteger sequence = new AtomicInteger();

	OutageLoad(AppProcess app) {
		this.app = app;
	}

	/** Milliseconds since the load object was made. */
	long now() {
		return Duration.ofNanos(System.nanoTime() - this.origin).toMillis();
	}

	/** Signs the browser client in with the login form. */
	void signIn(String username) throws Exception {
		HttpResponse<String> form = this.browser.send(HttpRequest.newBuilder(this.app.uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		HttpResponse<String> login = this.browser.send(HttpRequest.newBuilder(this.app.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + login.statusCode());
		}
	}

	/** Runs the load until {@code running} turns false. */
	void run(List<AcknowledgedWrites.Writer> writers, AtomicBoolean running) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(5);
		pool.execute(() -> loop(running, () -> page("/customers")));
		pool.execute(() -> loop(running, () -> page("/actuator/health/readiness")));
		pool.execute(() -> loop(running, () -> api("read", "GET", "/api/v1/orders?size=5", writers.get(0), null)));
		pool.execute(() -> loop(running, () -> api("read", "GET", "/api/v1/visits?size=5", writers.get(1), null)));
		pool.execute(() -> loop(running, () -> {
			int n = this.sequence.incrementAndGet();
			AcknowledgedWrites.Writer writer = writers.get(2);
			api("write", "POST", "/api/v1/visits", writer, """
					{"customerId":%d,"plannedAt":"2032-03-1%dT09:00","objective":"断库测试拜访 %d","type":"SERVICE"}
					""".formatted(writer.customers().get(0), n % 10, n));
		}));
		pool.shutdown();
		if (!pool.awaitTermination(120, TimeUnit.SECONDS)) {
			throw new IllegalStateException("load did not stop");
		}
	}

	private void api(String kind, String method, String path, AcknowledgedWrites.Writer writer, String json)
			throws Exception {
		long started = now();
		HttpResponse<String> response = this.app.send(method, path, writer.token(), json);
		record(kind, started, response);
	}

	private void page(String path) throws Exception {
		long started = now();
		HttpResponse<String> response = this.browser
			.send(HttpRequest.newBuilder(URI.create(this.app.uri(path).toString()))
				.header("Accept-Language", "zh-CN")
				.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
				.timeout(Duration.ofSeconds(20))
				.build(), HttpResponse.BodyHandlers.ofString());
		record(path.startsWith("/actuator") ? "readiness" : "page", started, response);
	}

	private void record(String kind, long started, HttpResponse<String> response) {
		this.calls.add(new Call(kind, started, now() - started, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(""), response.body()));
	}

	private void loop(AtomicBoolean running, Step step) {
		while (running.get()) {
			try {
				step.run();
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				this.calls.add(new Call("io-error", now(), 0, 0, "", String.valueOf(ex)));
			}
		}
	}

	private interface Step {

		void run() throws Exception;

	}

}
