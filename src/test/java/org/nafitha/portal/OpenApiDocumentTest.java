package org.nafitha.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the running application publishes is what a mobile developer or a client
 * generator starts from: it must parse and validate without a message, and every operation must
 * say what it does and what it answers.
 */
@NafithaTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void thePublishedDocumentValidatesAndEveryOperationIsDescribed() {
        var raw = new ApiClient(port).get("/v3/api-docs", null).raw().body();
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(raw, null, options);
        assertThat(result.getMessages()).as("the parser's validation messages").isEmpty();
        var api = result.getOpenAPI();
        assertThat(api).isNotNull();
        assertThat(api.getOpenapi()).startsWith("3.");

        var undescribed = new ArrayList<String>();
        var unanswered = new ArrayList<String>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            var name = method + " " + path;
            if (blank(operation.getSummary()) && blank(operation.getDescription())) undescribed.add(name);
            if (operation.getResponses() == null || operation.getResponses().isEmpty()) unanswered.add(name);
        }));
        assertThat(api.getPaths()).hasSizeGreaterThan(50);
        assertThat(undescribed).as("operations without a summary or description").isEmpty();
        assertThat(unanswered).as("operations without a documented response").isEmpty();
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

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
