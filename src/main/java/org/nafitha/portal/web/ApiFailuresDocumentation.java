package org.nafitha.portal.web;

import java.util.Map;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** The OpenAPI description's errors: the problem+json every failure carries, on every operation that may fail so. */
@Configuration
class ApiFailuresDocumentation {

    /**
     * The failures every operation of a kind answers, documented where the operation does not say more:
     * 401 without a token where a token is needed, 404 for an address naming something absent or not the
     * caller's, 400 for a body that is not JSON — each an {@code application/problem+json} Problem.
     */
    @Bean
    OperationCustomizer commonFailures() {
        return (operation, handler) -> {
            var secured = (operation.getSecurity() != null && !operation.getSecurity().isEmpty())
                    || handler.getBeanType().isAnnotationPresent(SecurityRequirement.class);
            boolean addressed = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
            if (operation.getResponses() == null) return operation;
            if (secured) failure(operation, "401", "No bearer token, or one that expired or was revoked");
            if (addressed) failure(operation, "404", "Nothing there, or not the caller's to see (the same answer)");
            if (operation.getRequestBody() != null) failure(operation, "400", "The body is not JSON of the documented shape");
            return operation;
        };
    }

    private static void failure(Operation operation, String code, String description) {
        if (operation.getResponses().containsKey(code)) return;
        operation.getResponses().addApiResponse(code, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(problem()))));
    }

    /** RFC 9457 problem details as every error of the API carries them, with Nafitha's stable code and field errors. */
    private static Schema<?> problem() {
        return new ObjectSchema().description("An error (RFC 9457): a stable code, and errors field by field for bad input")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Unprocessable Content"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().example("بعض الإجابات تحتاج إلى تصحيح: انظر الأخطاء حقلًا حقلًا."))
                .addProperty("instance", new StringSchema().example("/api/v1/mandates"))
                .addProperty("code", new StringSchema().example("api.invalid"))
                .addProperty("errors", new ObjectSchema().additionalProperties(new StringSchema())
                        .example(Map.of("delegate", "رقم الهوية غير صحيح")));
    }
}
