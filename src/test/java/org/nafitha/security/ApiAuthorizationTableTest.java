package org.nafitha.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation of the OpenAPI document the running application publishes, called anonymously and
 * as a citizen, against the answer table checked in beside this test
 * ({@code src/test/resources/security/api-authorization.txt}). A new endpoint without a row, or an
 * answer that changed, fails the build: whoever adds one decides who may call it. The table as
 * found is written to {@code target/api-authorization.txt} to compare.
 */
@NafithaTest
class ApiAuthorizationTableTest {

    @LocalServerPort
    int port;

    @Test
    void everyEndpointAnswersAsTheTableSays() throws Exception {
        var api = new ApiClient(port);
        var citizen = api.login("1000000016");
        var document = api.get("/v3/api-docs", null).body();
        var rows = new ArrayList<String>();
        for (var path : document.path("paths").propertyNames()) {
            for (var method : document.path("paths").path(path).propertyNames()) {
                var concrete = path.replaceAll("\\{[^}]+}", "X0");
                rows.add(method.toUpperCase(Locale.ROOT) + " " + path + " anonymous=" + call(method, concrete, null)
                        + " citizen=" + call(method, concrete, citizen));
            }
        }
        var found = rows.stream().sorted().toList();
        Files.writeString(Path.of("target", "api-authorization.txt"), String.join("\n", found) + "\n");
        var expected = Files.readAllLines(Path.of("src", "test", "resources", "security", "api-authorization.txt"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        assertThat(found).as("compare target/api-authorization.txt with the checked-in table").isEqualTo(expected);
        // The rule behind the table: nothing but the public operations answers an anonymous caller.
        assertThat(found).filteredOn(r -> r.contains("/staff/")).allMatch(r -> r.contains("anonymous=401")
                && r.contains("citizen=403"));
    }

    /** The status class an operation answers: 2xx, 401, 403, 404 or another 4xx as such. */
    private String call(String method, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Idempotency-Key", "authorization-table");
        if (token != null) request.header("Authorization", "Bearer " + token);
        var body = HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8);
        request.method(method.toUpperCase(Locale.ROOT), List.of("post", "put", "patch").contains(method)
                ? body : HttpRequest.BodyPublishers.noBody());
        int status = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        return status >= 200 && status < 300 ? "2xx" : String.valueOf(status);
    }
}
