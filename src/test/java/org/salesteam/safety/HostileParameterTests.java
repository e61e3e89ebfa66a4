package org.salesteam.safety;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query parameter of every page and API read — the names found from the handler
 * methods themselves (request parameters and the fields of filter records), plus the
 * usual list parameters — is sent SQL-injection and script payloads as a rep (as the
 * admin where a rep is refused). Pass: never a server error, never a database change, and
 * a payload never comes back unescaped in a page.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=access-probes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileParameterTests {

	private static final String SCRIPT = "<script>alert('st')</script>";

	private static final List<String> PAYLOADS = List.of("' or '1'='1", "name desc; delete from sales_order --", SCRIPT,
			"\"><img src=x onerror=alert(1)>");

	private static final Set<String> LIST_PARAMETERS = Set.of("q", "sort", "direction", "page", "size", "format");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Actors actors;

	@BeforeAll
	void signIn() throws Exception {
		this.actors = Actors.signIn(this.mvc);
	}

	@Test
	void hostileParametersNeverFailNorWriteNorComeBackUnescaped() throws Exception {
		List<String> violations = new ArrayList<>();
		int probes = 0;
		String before = DatabaseChecksum.of(this.jdbc);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			for (Endpoint endpoint : endpoints(mapping.getKey())) {
				if (endpoint.isWrite() || endpoint.path().startsWith("/error")
						|| endpoint.path().startsWith("/v3/api-docs") || endpoint.path().startsWith("/swagger-ui")
						|| endpoint.path().equals("/logout")) {
					continue;
				}
				for (String parameter : parameterNames(mapping.getValue())) {
					for (String payload : PAYLOADS) {
						// a rep, and the admin where a rep is refused (a rep's reads —
						// exports
						// included — run the same queries on fewer rows)
						String actor = AccessPolicy.allows("rep1", endpoint.path()) ? "rep1" : "admin";
						{
							probes++;
							MvcResult result = this.actors.perform(endpoint.method(), endpoint.concretePath(), actor,
									Map.of(parameter, payload));
							int status = result.getResponse().getStatus();
							String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
							boolean html = String.valueOf(result.getResponse().getContentType())
								.startsWith("text/html");
							if (status >= 500
									|| (html && (body.contains(SCRIPT) || body.contains("onerror=alert(1)>")))) {
								violations
									.add(actor + " " + endpoint + " ?" + parameter + "=" + payload + " → " + status);
							}
						}
					}
				}
			}
		}
		assertThat(violations).isEmpty();
		assertThat(DatabaseChecksum.of(this.jdbc)).as("database changed by hostile reads").isEqualTo(before);
		assertThat(probes).isGreaterThan(1000);
		System.out.printf("Hostile parameter probes: %d requests%n", probes);
	}

	private static List<Endpoint> endpoints(RequestMappingInfo info) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (String pattern : info.getPatternValues()) {
			if (info.getMethodsCondition().getMethods().isEmpty()) {
				endpoints.add(new Endpoint(org.springframework.http.HttpMethod.GET, pattern));
			}
			info.getMethodsCondition()
				.getMethods()
				.forEach((method) -> endpoints.add(new Endpoint(method.asHttpMethod(), pattern)));
		}
		return endpoints;
	}

	/**
	 * The request parameters the handler reads: {@code @RequestParam} names and the
	 * components of the application's own records bound from the query string, plus the
	 * list parameters every list understands.
	 */
	private static Set<String> parameterNames(HandlerMethod handler) {
		Set<String> names = new TreeSet<>(LIST_PARAMETERS);
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (requestParam != null) {
				String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
				if (name != null && !Map.class.isAssignableFrom(type)) {
					names.add(name);
				}
			}
			else if (type.isRecord() && type.getName().startsWith("org.salesteam")
					&& !parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		return names;
	}

}
