package com.aftercare.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: every API call needs a bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI aftercareOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Aftercare API").version("v1")
                        .description("""
                                Returns, delivery problems and warranty repairs, each decision citing the store's policy clauses.
                                Errors are RFC 9457 problem details. Creating POSTs honour an Idempotency-Key header.
                                In the demo profile, tokens such as demo-agent-token are documented in the README."""))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token: Authorization: Bearer <token>")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
