package org.salesteam.platform;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void publishesAnOpenApi3DocumentWithTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(startsWith("3.")))
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearer").exists());
	}

	@Test
	void servesSwaggerUi() throws Exception {
		this.mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
	}

}
