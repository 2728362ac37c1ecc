package org.nafitha.meetings.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.meetings.MeetingsProperties;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Janus' HTTP JSON API (janus.transport.http): sessions, plugin handles, messages, trickled
 * candidates and the long poll of a session's events. Only Nafitha reaches it; browsers go
 * through {@link Signalling}.
 */
@Component
public class Janus {

    static final String VIDEOROOM = "janus.plugin.videoroom";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI base;

    Janus(MeetingsProperties properties) {
        this.base = URI.create(properties.janusUrl().replaceAll("/+$", ""));
    }

    public long createSession() {
        return data(send("", request("create"))).path("id").asLong();
    }

    public long attach(long session) {
        var body = request("attach").put("plugin", VIDEOROOM);
        return data(send("/" + session, body)).path("id").asLong();
    }

    /** A plugin message; synchronous requests answer with plugindata, asynchronous ones with an ack. */
    public JsonNode message(long session, long handle, JsonNode body, @Nullable JsonNode jsep) {
        var message = request("message").set("body", body);
        if (jsep != null) message.set("jsep", jsep);
        return send("/" + session + "/" + handle, message);
    }

    public JsonNode trickle(long session, long handle, JsonNode candidate) {
        return send("/" + session + "/" + handle, request("trickle").set("candidate", candidate));
    }

    /** Waits (Janus' long poll, up to 30 s) for the session's next events: a JSON array. */
    public JsonNode events(long session) {
        var get = HttpRequest.newBuilder(URI.create(base + "/" + session + "?maxev=10&rid=" + System.nanoTime()))
                .timeout(Duration.ofSeconds(40)).GET().build();
        var answer = exchange(get);
        return answer.isArray() ? answer : json.createArrayNode().add(answer);
    }

    public void destroySession(long session) {
        send("/" + session, request("destroy"));
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    private ObjectNode request(String kind) {
        return object().put("janus", kind).put("transaction", UUID.randomUUID().toString());
    }

    private JsonNode send(String path, JsonNode body) {
        var post = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        return exchange(post);
    }

    private JsonNode exchange(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new MediaServerUnavailable("Janus answered " + response.statusCode());
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new MediaServerUnavailable("Janus unreachable at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaServerUnavailable("Interrupted waiting for Janus", e);
        }
    }

    private static JsonNode data(JsonNode answer) {
        if (!"success".equals(answer.path("janus").asString())) {
            throw new MediaServerUnavailable("Janus refused: " + answer.path("error"));
        }
        return answer.path("data");
    }
}
