package org.salesteam.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: every {@code /api/v1/**} operation takes
 * a bearer token from {@code POST /api/v1/auth/token} unless it says otherwise.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI salesTeamOpenApi() {
		return new OpenAPI()
			.info(new Info().title("SalesTeam API")
				.version("v1")
				.description("销售团队与大客户管理系统 REST API. Obtain a token with POST /api/v1/auth/token, "
						+ "then send Authorization: Bearer <token>. Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
