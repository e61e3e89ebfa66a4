package org.salesteam.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files are served under their own prefixes with a week's cache, and the links a
 * page builds are only looked up among the static files when they point there (the
 * catch-all {@code /**} mapping made every link search the classpath).
 */
@IntegrationTest
class StaticResourcesTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void everyFileThePagesLinkToIsServedAndCachedForAWeek() throws Exception {
		String login = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		List<String> assets = new ArrayList<>();
		Matcher m = ASSET.matcher(login);
		while (m.find()) {
			assets.add(m.group(1));
		}
		assertThat(assets).anyMatch((a) -> a.startsWith("/css/"))
			.anyMatch((a) -> a.startsWith("/js/"))
			.anyMatch((a) -> a.startsWith("/img/"))
			.anyMatch((a) -> a.startsWith("/webjars/bootstrap/"));
		for (String asset : assets) {
			this.mvc.perform(get(asset))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("max-age=604800")));
		}
	}

	@Test
	void webjarsAreFoundWithoutTheirVersionAndLinkedWithIt() throws Exception {
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		assertThat(this.resourceUrls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
			.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css");
	}

	@Test
	void linksToPagesAreNotLookedUpAmongTheStaticFiles() {
		assertThat(this.resourceUrls.getHandlerMap().keySet()).isNotEmpty().doesNotContain("/**");
		assertThat(this.resourceUrls.getForLookupPath("/customers/42")).isNull();
		assertThat(this.resourceUrls.getForLookupPath("/css/app.css")).isEqualTo("/css/app.css");
	}

	@Test
	void aMissingStaticFileIsNotFound() throws Exception {
		this.mvc.perform(get("/css/no-such-file.css")).andExpect(status().isNotFound());
	}

}
