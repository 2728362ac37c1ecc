package org.nafitha.portal.web;

import org.nafitha.identity.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description at /v3/api-docs: title, the bearer scheme, and no internal parameters. */
@Configuration
class ApiDocumentation {

    static {
        // The acting person comes from the bearer token, never from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI nafithaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Nafitha API").version("v1")
                        .description("Public services of the Ministry of Interior: the service catalogue, applications "
                                + "and their timeline, and casework for staff. Sign in at POST /api/v1/auth/login, then "
                                + "POST /api/v1/auth/otp with the SMS code, for a bearer token. Every create takes an Idempotency-Key header. Errors are "
                                + "application/problem+json; messages follow Accept-Language (ar, en).")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
