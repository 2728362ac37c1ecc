package org.nafitha.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The outgoing-message table under concurrency: several senders, each message claimed once. */
@NafithaTest
class OutgoingMessagesTest {

    @Autowired OutgoingMessages messages;

    @Test
    void fourSendersRacingForTheSameRowsEachGetDifferentOnesAndTogetherAll() throws Exception {
        var recipient = "race-" + UUID.randomUUID().toString().substring(0, 8);
        var now = Instant.now();
        for (int i = 0; i < 60; i++) {
            messages.enqueue(new OutgoingMessages.NewMessage(recipient + "|" + i, recipient, Channel.SMS,
                    "+966500000000", "ar", TemplateKey.CASE_APPROVED, 1, null, null, "نص " + i), now);
        }
        var mine = messages.forRecipient(recipient).stream().map(OutgoingMessage::id).toList();
        var claims = new ConcurrentHashMap<UUID, List<String>>();
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                var owner = "node-" + t;
                threads.submit(() -> {
                    start.await();
                    List<OutgoingMessage> batch;
                    do {
                        batch = messages.claim(owner, now.plusSeconds(1), now.plus(Duration.ofMinutes(5)), 7).messages();
                        batch.forEach(m -> claims.computeIfAbsent(m.id(), id -> new java.util.concurrent
                                .CopyOnWriteArrayList<>()).add(owner));
                    } while (!batch.isEmpty());
                    return null;
                });
            }
            start.countDown();
        }

        assertThat(claims.keySet()).containsAll(mine);
        assertThat(mine).allSatisfy(id -> assertThat(claims.get(id)).hasSize(1));
    }

    @Test
    void aRedeliveredEventWritesNothingTwice() {
        var recipient = "again-" + UUID.randomUUID().toString().substring(0, 8);
        var message = new OutgoingMessages.NewMessage(recipient + "|approve|SMS", recipient, Channel.SMS,
                "+966500000000", "ar", TemplateKey.CASE_APPROVED, 1, null, null, "نص");

        assertThat(messages.enqueue(message, Instant.now())).isTrue();
        assertThat(messages.enqueue(message, Instant.now())).isFalse();
        assertThat(messages.forRecipient(recipient)).hasSize(1);
    }
}
