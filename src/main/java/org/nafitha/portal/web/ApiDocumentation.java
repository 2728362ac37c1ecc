package org.nafitha.portal.web;

import java.util.List;

import org.nafitha.identity.Actor;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/** The OpenAPI description at /v3/api-docs: title, the bearer scheme, and no internal parameters. */
@Configuration
class ApiDocumentation {

    static {
        // The acting person comes from the bearer token, never from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    /**
     * Operation ids from the controller and the method ({@code applicationsApply}, {@code officesForService}) rather
     * than springdoc's numbered duplicates ({@code one3}, {@code one7}), which shift whenever an endpoint is added:
     * a generated client's method names stay put.
     */
    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> operation.operationId(
                StringUtils.uncapitalize(handler.getBeanType().getSimpleName().replaceFirst("Api$", ""))
                        + StringUtils.capitalize(handler.getMethod().getName()));
    }

    @Bean
    OpenAPI nafithaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Nafitha API").version("v1")
                        .description("Public services of the Ministry of Interior: the service catalogue, applications "
                                + "and their timeline, and casework for staff. Sign in at POST /api/v1/auth/login, then "
                                + "POST /api/v1/auth/otp with the SMS code, for a bearer token. Every create takes an Idempotency-Key header. Errors are "
                                + "application/problem+json; messages follow Accept-Language (ar, en).")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                // relative to wherever the document is served, so the document (and a client generated from it)
                // is the same on every host and port
                .servers(List.of(new Server().url("/").description("this server")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
