package org.salesteam.safety;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent API writers, one per rep: each places orders of one to three lines for its
 * own customers and plans visits, and remembers every write the server acknowledged (2xx
 * with the new id) — those are the writes that must survive a crash.
 */
final class AcknowledgedWrites {

	private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

	/** A rep with a token, its customers and the products it may sell. */
	record Writer(String token, List<Long> customers, List<Long> products) {
	}

	/** Order id → number of lines sent. */
	final Map<Long, Integer> orders = new ConcurrentHashMap<>();

	final Map<Long, Boolean> visits = new ConcurrentHashMap<>();

	final AtomicInteger refused = new AtomicInteger();

	final AtomicInteger failed = new AtomicInteger();

	private final AtomicInteger sequence = new AtomicInteger();

	/** {@link #run} on a thread of its own, started. */
	Thread start(AppProcess app, List<Writer> writers, AtomicBoolean running) {
		Thread load = new Thread(() -> {
			try {
				run(app, writers, running);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		load.start();
		return load;
	}

	/**
	 * Runs the writers until {@code running} turns false; requests that fail because the
	 * server died are counted in {@link #failed} (not acknowledged, so not checked).
	 */
	void run(AppProcess app, List<Writer> writers, AtomicBoolean running) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(writers.size());
		for (Writer writer : writers) {
			pool.execute(() -> {
				while (running.get()) {
					try {
						write(app, writer);
					}
					catch (Exception ex) {
						this.failed.incrementAndGet();
						sleep();
					}
				}
			});
		}
		pool.shutdown();
		if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("writers did not stop");
		}
	}

	private void write(AppProcess app, Writer writer) throws Exception {
		int n = this.sequence.incrementAndGet();
		long customer = writer.customers().get(n % writer.customers().size());
		if (n % 2 == 0) {
			int lines = 1 + n % 3;
			StringBuilder body = new StringBuilder("{\"customerId\":" + customer + ",\"lines\":[");
			for (int line = 0; line < lines; line++) {
				body.append((line > 0) ? "," : "")
					.append("{\"productId\":%d,\"quantity\":%d}"
						.formatted(writer.products().get((n + line) % writer.products().size()), 1 + line));
			}
			HttpResponse<String> response = app.send("POST", "/api/v1/orders", writer.token(),
					body.append("],\"notes\":\"crash ").append(n).append("\"}").toString());
			if (acknowledged(response)) {
				this.orders.put(id(response), lines);
			}
		}
		else {
			HttpResponse<String> response = app.send("POST", "/api/v1/visits", writer.token(), """
					{"customerId":%d,"plannedAt":"2031-0%d-1%dT10:00","objective":"崩溃测试拜访 %d","type":"NEEDS"}
					""".formatted(customer, 1 + n % 9, n % 10, n));
			if (acknowledged(response)) {
				this.visits.put(id(response), true);
			}
		}
	}

	private boolean acknowledged(HttpResponse<String> response) {
		if (response.statusCode() / 100 == 2) {
			return true;
		}
		this.refused.incrementAndGet();
		return false;
	}

	private static long id(HttpResponse<String> response) {
		Matcher matcher = ID.matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no id in " + response.body());
		}
		return Long.parseLong(matcher.group(1));
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
