package org.salesteam.notify.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Posts a JSON body with the JDK's HTTP client: connect and response timeouts, no
 * redirects (a redirect could lead to an internal address), the URL checked by
 * {@link UrlGuard} right before the call. A robot answers 200 with a non-zero
 * {@code errcode} when it refuses a message (bad signature, rate limit): that is a
 * failure too.
 */
@Component
class HttpPoster {

	private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d+)");

	private final UrlGuard guard;

	private final HttpClient client;

	private final Duration timeout;

	HttpPoster(UrlGuard guard, @Value("${salesteam.notify.http-timeout:PT10S}") Duration timeout) {
		this.guard = guard;
		this.timeout = timeout;
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	void post(String url, String json) {
		URI uri;
		try {
			uri = this.guard.check(url);
		}
		catch (RuntimeException ex) {
			throw new DeliveryFailure("refused address: " + hostOf(url));
		}
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new DeliveryFailure(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailure("interrupted");
		}
		if (response.statusCode() / 100 != 2) {
			throw new DeliveryFailure("HTTP " + response.statusCode());
		}
		Matcher errcode = ERRCODE.matcher(response.body());
		if (errcode.find() && !errcode.group(1).equals("0")) {
			throw new DeliveryFailure("errcode " + errcode.group(1) + ": " + abbreviate(response.body()));
		}
	}

	private static String hostOf(String url) {
		try {
			return URI.create(url).getHost();
		}
		catch (IllegalArgumentException ex) {
			return "?";
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) : text;
	}

}
