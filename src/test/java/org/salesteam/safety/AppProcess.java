package org.salesteam.safety;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.salesteam.SalesTeamApplication;

/**
 * The application as a separate JVM (main class on the test's class path), so that a test
 * can kill it with SIGKILL and start it again on the same database. Talks to it over HTTP
 * like any client.
 */
final class AppProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<String> arguments;

	private final Path logDirectory;

	private final int port;

	private Process process;

	private int starts;

	/**
	 * {@code arguments}: Spring Boot command-line properties, e.g. the datasource URL.
	 */
	AppProcess(Path logDirectory, List<String> arguments) throws IOException {
		this.logDirectory = Files.createDirectories(logDirectory);
		this.port = freePort();
		this.arguments = arguments;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Starts the JVM and waits until readiness answers UP; returns the milliseconds it
	 * took.
	 */
	long start() throws Exception {
		long started = System.nanoTime();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", classPath(), SalesTeamApplication.class.getName(),
						"--server.port=" + this.port, "--spring.main.banner-mode=off",
						"--salesteam.bootstrap.admin-password=admin-secret",
						"--salesteam.security.token-requests-per-minute=100000",
						"--salesteam.import.dir=" + this.logDirectory.resolve("imports")));
		command.addAll(this.arguments);
		File log = this.logDirectory.resolve("app-" + (++this.starts) + ".log").toFile();
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log))
			.start();
		long deadline = System.currentTimeMillis() + 240_000;
		while (status("/actuator/health/readiness") != 200) {
			if (!this.process.isAlive() || System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("application did not become ready, see " + log);
			}
			Thread.sleep(250);
		}
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	/** SIGKILL (on Unix {@link Process#destroyForcibly()}): no shutdown hook runs. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the application survived SIGKILL");
		}
	}

	/** A graceful stop (SIGTERM) at the end of a test. */
	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** The status of a GET, 0 when nothing answers. */
	int status(String path) {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	HttpResponse<String> send(String method, String path, String bearer, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(20))
			.header("Accept-Language", "zh-CN")
			.header("Content-Type", "application/json");
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A bearer token of a demo user (password {@code demo}, admin {@code admin-secret}).
	 */
	String token(String username) throws Exception {
		String password = "admin".equals(username) ? "admin-secret" : "demo";
		HttpResponse<String> response = send("POST", "/api/v1/auth/token", null,
				"{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
		if (response.statusCode() != 201) {
			throw new IllegalStateException("token for " + username + ": " + response.statusCode());
		}
		String body = response.body();
		int start = body.indexOf("\"token\":\"") + 9;
		return body.substring(start, body.indexOf('"', start));
	}

	/** The test's class path: surefire's own when it runs the tests, else the JVM's. */
	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return (surefire != null && !surefire.isBlank()) ? surefire : System.getProperty("java.class.path");
	}

}
