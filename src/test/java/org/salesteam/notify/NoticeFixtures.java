package org.salesteam.notify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reps and customers created by the notices' tests, so that every figure is known, and
 * the inbox read through the API. New reps join rep4's team (manager1's) with the
 * password {@code secret-123}.
 */
final class NoticeFixtures {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	NoticeFixtures(MockMvc mvc, JdbcClient jdbc, ObjectMapper json) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A new rep in rep4's team; the user name. */
	String rep(String label) throws Exception {
		String username = "ntf" + NEXT.incrementAndGet() + "x" + (System.nanoTime() % 100000);
		NotifyApi.post(this.mvc, "admin", "/api/v1/users", """
				{"username":"%s","password":"secret-123","displayName":"%s代表%d","roles":["REP"],"teamId":%d}
				""".formatted(username, label, NEXT.get(), NotifyApi.teamOf(this.jdbc, "rep4")))
			.andExpect(status().isCreated());
		return username;
	}

	String token(String username) throws Exception {
		MvcResult result = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/auth/token")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"secret-123\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		return "Bearer " + this.json.readTree(result.getResponse().getContentAsString()).get("token").asString();
	}

	ResultActions call(String bearer, String method, String path, String body) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.request(method, java.net.URI.create(path))
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content((body == null) ? "" : body));
	}

	/**
	 * A customer of {@code owner} (potential 300,000: class B), registered by the admin.
	 */
	long customer(String name, String owner) throws Exception {
		String code = "NT-" + NEXT.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
		MvcResult result = NotifyApi.post(this.mvc, "admin", "/api/v1/customers", """
				{"code":"%s","name":"%s%d","potential":300000,"paymentTermsDays":30,"ownerUsername":"%s"}
				""".formatted(code, name, NEXT.get(), owner)).andExpect(status().isCreated()).andReturn();
		return this.json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
	}

	/** The texts of the user's inbox entries of this event type, through the API. */
	List<String> inboxTexts(String username, String event) throws Exception {
		String bearer = username.startsWith("ntf") ? token(username)
				: org.salesteam.support.Tokens.bearer(this.mvc, username);
		String body = call(bearer, "GET", "/api/v1/notifications", null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> texts = new ArrayList<>();
		this.json.readTree(body).forEach((item) -> {
			if (item.get("event").asString().equals(event)) {
				texts.add(item.get("text").asString());
			}
		});
		return texts;
	}

	String name(long customer) {
		return this.jdbc.sql("select name from customer where id = :id")
			.param("id", customer)
			.query(String.class)
			.single();
	}

	long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	String teamName(long team) {
		return this.jdbc.sql("select name from sales_team where id = :t").param("t", team).query(String.class).single();
	}

}
