package org.nafitha.documents.search;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import tools.jackson.databind.JsonNode;

/**
 * Solr's HTTP API for one collection, over the JDK's HTTP client (no SolrJ: its Jetty client and
 * Solr's Lucene 9 stay off the application's class path). Any node of a SolrCloud answers for the
 * whole collection, so requests go round the configured nodes, and to the next when one is down.
 */
final class SolrHttp implements AutoCloseable {

    private final List<URI> nodes;
    private final String collection;
    private final Duration timeout;
    private final HttpClient client;
    private final AtomicInteger next = new AtomicInteger();

    SolrHttp(List<URI> nodes, String collection, Duration timeout) {
        if (nodes.isEmpty()) throw new IllegalArgumentException("nafitha.documents.index.solr.urls is empty");
        this.nodes = List.copyOf(nodes);
        this.collection = collection;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    /** POSTs JSON to {@code path} of the collection (e.g. {@code select}, {@code update?softCommit=true}). */
    JsonNode post(String path, JsonNode body) {
        var bytes = SolrQueries.json().writeValueAsBytes(body);
        return send(path, base -> HttpRequest.newBuilder(base).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    JsonNode get(String path) {
        return send(path, base -> HttpRequest.newBuilder(base).timeout(timeout).GET().build());
    }

    private JsonNode send(String path, Function<URI, HttpRequest> request) {
        var start = Math.floorMod(next.getAndIncrement(), nodes.size());
        IOException last = null;
        for (int i = 0; i < nodes.size(); i++) {
            var node = nodes.get((start + i) % nodes.size());
            var uri = URI.create(node.toString().replaceAll("/+$", "") + "/" + collection + "/" + path);
            try {
                var response = client.send(request.apply(uri), HttpResponse.BodyHandlers.ofByteArray());
                var answer = SolrQueries.json().readTree(response.body());
                if (response.statusCode() >= 500) {
                    throw new SearchUnavailable("Solr at " + node + " answered " + response.statusCode() + " for " + path
                            + ": " + answer.path("error").path("msg").asString(""), null);
                }
                if (response.statusCode() >= 400) {
                    throw new IllegalStateException("Solr answered " + response.statusCode() + " for " + path + ": "
                            + answer.path("error").path("msg").asString(""));
                }
                return answer;
            } catch (ConnectException | HttpConnectTimeoutException e) {
                last = e; // that node is down: the next one answers for the collection
            } catch (IOException e) {
                throw new SearchUnavailable("Solr at " + node + " failed on " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while asking Solr", e);
            }
        }
        throw new SearchUnavailable("No Solr node answers (" + nodes + ")", last);
    }

    /**
     * The search engine cannot be reached: like a database that is away, a request that needs it is
     * answered 503 with {@code Retry-After} (never 500), and what the index missed meanwhile is
     * written by the journal's catch-up when it is back.
     */
    static final class SearchUnavailable extends DataAccessResourceFailureException {

        SearchUnavailable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
