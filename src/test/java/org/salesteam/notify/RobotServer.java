package org.salesteam.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for the robots: records every request (path, query,
 * body) and answers 200 {@code {"errcode":0}}, or 500 for the first {@code failFirst}
 * requests of a path that asks for it.
 */
final class RobotServer implements AutoCloseable {

	record Request(String path, String query, String body) {
	}

	private final HttpServer server;

	private final Queue<Request> requests = new ConcurrentLinkedQueue<>();

	private final AtomicInteger failures = new AtomicInteger();

	RobotServer(int failFirst) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.requests
				.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(), body));
			boolean fail = exchange.getRequestURI().getPath().contains("flaky")
					&& this.failures.incrementAndGet() <= failFirst;
			byte[] answer = (fail ? "oops" : "{\"errcode\":0,\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		this.server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	List<Request> to(String path) {
		return this.requests.stream().filter((r) -> r.path().equals(path)).toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
