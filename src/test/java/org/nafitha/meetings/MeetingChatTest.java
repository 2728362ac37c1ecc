package org.nafitha.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Officials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The text chat beside the call: only the meeting's participants, the person once admitted, while the
 * room is open; a retried message is kept once; bad text is refused at the field with the text kept;
 * what people write is shown as text, never as markup.
 */
@NafithaTest
@AutoConfigureMockMvc
class MeetingChatTest {

    @LocalServerPort
    int port;
    @Autowired
    Officials officials;
    @Autowired
    MeetingRequests requests;
    @Autowired
    MockMvc mvc;

    @Test
    void theParticipantsWriteToEachOtherOnceAdmittedAndNobodyElseReadsIt() {
        var api = new ApiClient(port);
        var id = new BookedMeetings(api, officials, requests).book("2000000006", Instant.now().plus(Duration.ofMinutes(2)), 20);
        var messages = "/api/v1/meetings/" + id + "/messages";
        var office = api.login(BookedMeetings.OFFICE_STAFF);
        var mohammed = api.login("2000000006");

        var early = api.post(messages, mohammed, "{\"text\":\"هل تسمعونني؟\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("meetings.WAITING_TO_BE_ADMITTED");
        var hello = api.post(messages, office, "{\"text\":\"أهلًا بك، تفضل بالدخول\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(hello.status()).as(hello.raw().body()).isEqualTo(201);
        assertThat(hello.raw().headers().firstValue("Location")).isPresent();
        assertThat(api.post("/api/v1/meetings/" + id + "/admit", office, "{}").status()).isEqualTo(200);

        var key = UUID.randomUUID().toString();
        var sent = api.post(messages, mohammed, "{\"text\":\"شكرًا، أسمعكم جيدًا\"}", "Idempotency-Key", key);
        var again = api.post(messages, mohammed, "{\"text\":\"شكرًا، أسمعكم جيدًا\"}", "Idempotency-Key", key);
        assertThat(sent.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().path("id").asLong()).as("a retried message is the one kept").isEqualTo(sent.body().path("id").asLong());

        var all = api.get(messages, office).body();
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).path("side").asString()).isEqualTo("HOST");
        assertThat(all.get(1).path("side").asString()).isEqualTo("PERSON");
        assertThat(all.get(1).path("text").asString()).isEqualTo("شكرًا، أسمعكم جيدًا");
        assertThat(api.get(messages + "?after=" + all.get(0).path("id").asLong(), mohammed).body().size()).isEqualTo(1);

        var stranger = api.login("1000000016");
        assertThat(api.get(messages, stranger).status()).isEqualTo(404);
        assertThat(api.post(messages, stranger, "{\"text\":\"مرحبا\"}", "Idempotency-Key", UUID.randomUUID().toString()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/not-a-meeting/messages", office).status()).isEqualTo(404);
    }

    @Test
    void badMessagesAreRefusedClearlyAndNothingIsSentAfterTheEnd() {
        var api = new ApiClient(port);
        var id = new BookedMeetings(api, officials, requests).book("2000000006", Instant.now().plus(Duration.ofMinutes(2)), 20);
        var messages = "/api/v1/meetings/" + id + "/messages";
        var office = api.login(BookedMeetings.OFFICE_STAFF);

        for (var text : new String[] {"\"\"", "\"   \"", "\"" + "ب".repeat(1001) + "\"", "null"}) {
            var refused = api.post(messages, office, "{\"text\":" + text + "}", "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("code")).isEqualTo("meetings.CHAT_TEXT");
        }
        var noKey = api.post(messages, office, "{\"text\":\"مرحبا\"}");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.contentType()).startsWith("application/problem+json");
        assertThat(api.post(messages, office, "{\"text\":\"" + "ب".repeat(1000) + "\"}", "Idempotency-Key",
                UUID.randomUUID().toString()).status()).as("exactly the limit").isEqualTo(201);

        assertThat(api.post("/api/v1/meetings/" + id + "/end", office, "{}").status()).isEqualTo(200);
        var late = api.post(messages, office, "{\"text\":\"مرحبا\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("meetings.OVER");
    }

    @Test
    void onThePageWithoutJavaScriptTheFormSendsAndMarkupIsShownAsText() throws Exception {
        var api = new ApiClient(port);
        var id = new BookedMeetings(api, officials, requests).book("2000000006", Instant.now().plus(Duration.ofMinutes(2)), 20);
        var official = MvcVisitor.signedIn(mvc, port, BookedMeetings.OFFICE_STAFF);
        var page = "/staff/meetings/" + id;

        var sent = official.perform(post(page + "/chat").with(csrf()).param("text", "<script>alert(1)</script> أهلًا")
                .param("key", UUID.randomUUID().toString())).getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo(page + "#chat");
        var html = official.perform(get(page)).getResponse().getContentAsString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; أهلًا").doesNotContain("<script>alert(1)");

        var empty = official.perform(post(page + "/chat").with(csrf()).param("text", " ")
                .param("key", UUID.randomUUID().toString())).getResponse();
        assertThat(empty.getRedirectedUrl()).isEqualTo(page + "?chatError=meetings.error.CHAT_TEXT#chat");
        assertThat(official.perform(get(page + "?chatError=meetings.error.CHAT_TEXT")).getResponse().getContentAsString())
                .contains("id=\"chat-error\"");

        // with htmx: the chat comes back with the refusal at the field and the text kept
        var tooLong = "ج".repeat(1001);
        var fragment = official.perform(post(page + "/chat").with(csrf()).header("HX-Request", "true")
                .param("text", tooLong).param("key", UUID.randomUUID().toString())).getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"chat-error\"").contains(tooLong);

        var stranger = MvcVisitor.signedIn(mvc, port, "1000000016");
        assertThat(stranger.perform(get("/meetings/" + id + "/chat")).getResponse().getStatus()).isEqualTo(404);
    }
}
