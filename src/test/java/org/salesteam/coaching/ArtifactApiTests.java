package org.salesteam.coaching;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ARTIFACT proof by upload (ADR 0045): the rep uploads a PDF (201, SUBMITTED), a
 * renamed text file or an item not proved by a file is 422, the coach cannot upload for
 * the rep (403), another rep cannot list or download it (404), the manager rejects
 * without a note → 422, accepts → the item is done, and a second decision is 422.
 */
@IntegrationTest
class ArtifactApiTests {

	private static final byte[] PDF = "%PDF-1.4\n纸张与印后工艺：铜版纸、哑粉纸、覆膜、烫金、UV\n%%EOF".getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String managerOf(String rep) {
		return this.jdbc.sql("""
				select m.username from app_user u join sales_team t on t.id = u.team_id
				join app_user m on m.id = t.manager_id where u.username = :rep""")
			.param("rep", rep)
			.query(String.class)
			.single();
	}

	private String bearer(String user) throws Exception {
		return Tokens.bearer(this.mvc, user);
	}

	@Test
	void theRepUploadsTheManagerDecidesOthersSeeNothing() throws Exception {
		String manager = managerOf("rep4");
		String url = "/api/v1/knowledge/rep4/items/PAPER_FINISHING/artifacts";
		String created = this.mvc
			.perform(multipart(url).file(new MockMultipartFile("file", "工艺笔记.pdf", "application/pdf", PDF))
				.header("Authorization", bearer("rep4")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.sizeBytes").value(PDF.length))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		this.mvc
			.perform(multipart(url)
				.file(new MockMultipartFile("file", "notes.pdf", "application/pdf", "text".getBytes()))
				.header("Authorization", bearer("rep4")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc
			.perform(multipart("/api/v1/knowledge/rep4/items/PRICING/artifacts")
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
				.header("Authorization", bearer("rep4")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		this.mvc
			.perform(multipart(url).file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
				.header("Authorization", bearer(manager)))
			.andExpect(status().isForbidden());
		String file = "/api/v1/knowledge/artifacts/" + id + "/file";
		this.mvc.perform(get(file).header("Authorization", bearer("rep4")))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get(file).header("Authorization", bearer(manager))).andExpect(status().isOk());
		this.mvc.perform(get(file).header("Authorization", bearer("rep9"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/knowledge/rep4/artifacts").header("Authorization", bearer("rep9")))
			.andExpect(status().isNotFound());
		String decision = "/api/v1/knowledge/artifacts/" + id + "/decision";
		this.mvc
			.perform(post(decision).header("Authorization", bearer("rep9"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accept\":true}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(decision).header("Authorization", bearer("rep4"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accept\":true}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(decision).header("Authorization", bearer(manager))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accept\":false}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.mvc
			.perform(post(decision).header("Authorization", bearer(manager))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accept\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		this.mvc.perform(get("/api/v1/knowledge/rep4").header("Authorization", bearer("rep4")))
			.andExpect(jsonPath("$.items[?(@.item.code == 'PAPER_FINISHING')].status").value("DONE"))
			.andExpect(jsonPath("$.items[?(@.item.code == 'PAPER_FINISHING')].evidence").value("工艺笔记.pdf"));
		this.mvc
			.perform(post(decision).header("Authorization", bearer(manager))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accept\":false,\"note\":\"重交\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("accept"));
		assertThat(this.jdbc.sql("select status from knowledge_artifact where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("ACCEPTED");
	}

}
