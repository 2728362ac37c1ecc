package org.nafitha.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the running application publishes is what a mobile developer or a client
 * generator starts from: it must parse and validate without a message, and every operation must
 * say what it does and what it answers, with an example of what to send and what comes back.
 */
@NafithaTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void thePublishedDocumentValidatesAndEveryOperationIsDescribed() {
        var api = published();
        assertThat(api.getOpenapi()).startsWith("3.");

        var undescribed = new ArrayList<String>();
        var unanswered = new ArrayList<String>();
        var failuresUnsaid = new ArrayList<String>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            var name = method + " " + path;
            if (blank(operation.getSummary()) && blank(operation.getDescription())) undescribed.add(name);
            if (operation.getResponses() == null || operation.getResponses().isEmpty()) unanswered.add(name);
            // the failures a client must handle are in the document too
            var codes = operation.getResponses() == null ? Set.<String>of() : operation.getResponses().keySet();
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty() && !codes.contains("401")) {
                failuresUnsaid.add(name + " 401");
            }
            if (path.contains("{") && !codes.contains("404")) failuresUnsaid.add(name + " 404");
        }));
        assertThat(failuresUnsaid).as("operations that do not document a failure they answer").isEmpty();
        assertThat(api.getPaths()).hasSizeGreaterThan(50);
        assertThat(undescribed).as("operations without a summary or description").isEmpty();
        assertThat(unanswered).as("operations without a documented response").isEmpty();
    }

    /**
     * A mobile developer reads what to send and what comes back from the document alone: every JSON request body and
     * every JSON answer of success (204 carries none) shows an example, on the media type, on its schema, or on each
     * of the schema's properties (an array's items count for the array).
     */
    @Test
    void everyOperationShowsByExampleWhatToSendAndWhatComesBack() {
        var api = published();
        var withoutExample = new ArrayList<String>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            var name = method + " " + path;
            if (operation.getRequestBody() != null && !exemplified(operation.getRequestBody().getContent(), api)) {
                withoutExample.add(name + " (request body)");
            }
            if (operation.getResponses() == null) return;
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2") && !"204".equals(status) && !exemplified(content(response), api)) {
                    withoutExample.add(name + " (" + status + ")");
                }
            });
        }));
        assertThat(withoutExample).as("operations whose JSON body or answer has no example").isEmpty();
    }

    /**
     * The generated Java client (openapi-generator, at generate-test-sources) is built from the copy checked in
     * beside the tests; it must be the document the application publishes. After changing the API, copy
     * target/openapi/nafitha-api.json over src/test/resources/openapi/nafitha-api.json.
     */
    @Test
    void theCheckedInCopyTheClientIsGeneratedFromIsThePublishedDocument() throws Exception {
        var json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        var published = json.readTree(new ApiClient(port).get("/v3/api-docs", null).raw().body());
        Files.createDirectories(Path.of("target", "openapi"));
        Files.writeString(Path.of("target", "openapi", "nafitha-api.json"), json.writeValueAsString(published) + "\n");
        var checkedIn = json.readTree(Files.readString(Path.of("src", "test", "resources", "openapi", "nafitha-api.json")));
        assertThat(checkedIn).as("compare target/openapi/nafitha-api.json with the checked-in copy").isEqualTo(published);
    }

    private OpenAPI published() {
        var raw = new ApiClient(port).get("/v3/api-docs", null).raw().body();
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(raw, null, options);
        assertThat(result.getMessages()).as("the parser's validation messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    private static Content content(ApiResponse response) {
        return response.getContent() == null ? new Content() : response.getContent();
    }

    /** Springdoc answers {@code *}{@code /*} where a method does not say what it produces: that is JSON here too. */
    private static boolean exemplified(Content content, OpenAPI api) {
        return content.entrySet().stream()
                .filter(entry -> json(entry.getKey()))
                .allMatch(entry -> exemplified(entry.getValue(), api));
    }

    private static boolean json(String mediaType) {
        return mediaType.equals("*/*") || mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static boolean exemplified(MediaType media, OpenAPI api) {
        if (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty())) return true;
        return media.getSchema() != null && exemplified(media.getSchema(), api, new HashSet<>());
    }

    private static boolean exemplified(Schema<?> schema, OpenAPI api, Set<String> seen) {
        if (schema.get$ref() != null) {
            var name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (!seen.add(name)) return true; // a schema that contains itself is judged where it first appears
            var target = api.getComponents().getSchemas().get(name);
            return target != null && exemplified(target, api, seen);
        }
        if (schema.getExample() != null || (schema.getExamples() != null && !schema.getExamples().isEmpty())) return true;
        if (schema.getItems() != null) return exemplified(schema.getItems(), api, seen);
        var alternatives = new ArrayList<Schema>();
        if (schema.getOneOf() != null) alternatives.addAll(schema.getOneOf());
        if (schema.getAnyOf() != null) alternatives.addAll(schema.getAnyOf());
        if (schema.getAllOf() != null) alternatives.addAll(schema.getAllOf());
        if (!alternatives.isEmpty()) {
            return alternatives.stream().allMatch(alternative -> exemplified(alternative, api, new HashSet<>(seen)));
        }
        Map<String, Schema> properties = schema.getProperties();
        return properties != null && !properties.isEmpty()
                && properties.values().stream().allMatch(property -> exemplified(property, api, new HashSet<>(seen)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
