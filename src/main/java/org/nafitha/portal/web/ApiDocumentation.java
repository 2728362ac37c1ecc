package org.nafitha.portal.web;

import io.swagger.v3.oas.annotations.Operation;

import java.math.BigDecimal;
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
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
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
     * a generated client's method names stay put. An id given in {@code @Operation} is kept: an endpoint moved to
     * another controller keeps the id clients were generated with.
     */
    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> {
            var declared = handler.getMethodAnnotation(Operation.class);
            if (declared != null && !declared.operationId().isBlank()) return operation.operationId(declared.operationId());
            return operation.operationId(
                    StringUtils.uncapitalize(handler.getBeanType().getSimpleName().replaceFirst("Api$", ""))
                            + StringUtils.capitalize(handler.getMethod().getName()));
        };
    }

    /** Every list says how it is paged: the two parameters, the total and the links ({@link ApiPaging}). */
    @Bean
    OperationCustomizer pagedLists() {
        return (operation, handler) -> {
            if (!ApiPaging.pages(handler.getReturnType())) return operation;
            // built once per language: the same operation may come by again
            if (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "page".equals(p.getName()))) return operation;
            operation.addParametersItem(new Parameter().in("query").name("page").required(false)
                    .description("The page, from 1 (Arabic-Indic digits accepted); past the last page, an empty list")
                    .schema(new IntegerSchema().minimum(BigDecimal.ONE)._default(1)));
            operation.addParametersItem(new Parameter().in("query").name("size").required(false)
                    .description("Items per page, 1 to " + ApiPaging.MAX_SIZE + "; by default the most")
                    .schema(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ApiPaging.MAX_SIZE))
                            ._default(ApiPaging.MAX_SIZE)));
            var ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
            if (ok != null) {
                ok.addHeaderObject(ApiPaging.TOTAL, new Header().description("How many items the whole list has")
                        .schema(new IntegerSchema()));
                ok.addHeaderObject("Link", new Header().description("RFC 8288 links to the first, previous, next and "
                        + "last pages (rel first, prev, next, last)").schema(new StringSchema()));
                operation.getResponses().addApiResponse("400", new ApiResponse()
                        .description("page or size is not a whole number in range (problem+json, the field named)"));
            }
            return operation;
        };
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
